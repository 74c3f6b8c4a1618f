package org.govex.exchange.delivery;

import java.util.List;

/**
 * A way of pushing a batch of events to a subscriber. Delivery is at-least-once: a channel
 * either accepts the whole batch or throws; the dispatcher retries with back-off, keeps order
 * and dead-letters. Implementations: webhook, Kafka topic, consumer database.
 */
public interface DeliveryChannel {

    ChannelType type();

    void deliver(Subscription subscription, List<DeliveryEvent> events) throws DeliveryException;

    /** A failed delivery attempt, with a message kept as the subscription's last error. */
    class DeliveryException extends Exception {
        public DeliveryException(String message) {
            super(message);
        }

        public DeliveryException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
