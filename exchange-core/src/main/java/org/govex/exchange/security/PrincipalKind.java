package org.govex.exchange.security;

/** A principal is a government department or a system (a consumer application, a node). */
public enum PrincipalKind {
    DEPARTMENT, SYSTEM
}
