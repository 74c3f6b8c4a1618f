package org.govex.schemas.validation;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/** Looks up {@code govex.rule.*} messages in the ValidationMessages bundles (English and Chinese). */
public final class Messages {

    private static final ConcurrentHashMap<Locale, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();

    private Messages() {
    }

    /** English unless the locale's language is Chinese. */
    public static Locale normalize(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? Locale.CHINESE : Locale.ENGLISH;
    }

    /** Any key of the bundle, or the key itself when missing. */
    static String key(String key, Locale locale) {
        ResourceBundle b = BUNDLES.computeIfAbsent(normalize(locale),
                l -> ResourceBundle.getBundle("ValidationMessages", l, ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES)));
        try {
            return b.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static String rule(String rule, Locale locale) {
        ResourceBundle b = BUNDLES.computeIfAbsent(normalize(locale),
                l -> ResourceBundle.getBundle("ValidationMessages", l, ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES)));
        try {
            return b.getString("govex.rule." + rule);
        } catch (MissingResourceException e) {
            return rule;
        }
    }
}
