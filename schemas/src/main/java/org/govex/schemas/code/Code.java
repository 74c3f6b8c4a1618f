package org.govex.schemas.code;

/** One entry of a code list: the code and its Chinese and English names. */
public record Code(String code, String nameZh, String nameEn) {
}
