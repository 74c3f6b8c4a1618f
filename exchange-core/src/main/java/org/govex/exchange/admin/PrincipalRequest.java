package org.govex.exchange.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.govex.exchange.security.PrincipalKind;
import org.govex.exchange.security.Role;

import java.util.Set;

/** A principal to create: a department or a system, with its roles. */
public record PrincipalRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,63}", message = "must be 2-64 lower-case letters, digits or hyphens") String id,
        @NotNull PrincipalKind kind,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 64) String departmentCode,
        @NotEmpty Set<Role> roles) {
}
