package uk.caseaudit.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uk.caseaudit.api.security.Role;

/**
 * An identity provider for tests and the benchmark: an RSA key pair made at start, its public key as a PEM file for the service
 * ({@code spring.security.oauth2.resourceserver.jwt.public-key-location}), and RS256 JWTs signed with its private key.
 */
public final class TestTokens {

    private final KeyPair keys = rsaKeyPair();
    private final Map<Role, String> byRole = new ConcurrentHashMap<>();

    /** The user a token of this role names in preferred_username, e.g. jwt-qa-lead. */
    public static String user(Role role) {
        return "jwt-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A token for {@link #user(Role)} holding that role alone, valid for an hour. */
    public String of(Role role) {
        return byRole.computeIfAbsent(role,
                r -> token(user(r), List.of(r.name()), Instant.now().plus(Duration.ofHours(1))));
    }

    /** A token naming this user, with these values in its roles claim, expiring at {@code expiresAt}. */
    public String token(String user, List<String> roles, Instant expiresAt) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject("subject-of-" + user)
                .claim("preferred_username", user)
                .claim("roles", roles)
                .issueTime(Date.from(expiresAt.minus(Duration.ofHours(2))))
                .expirationTime(Date.from(expiresAt))
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(keys.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a test token", e);
        }
        return jwt.serialize();
    }

    /** The public key in a new PEM file (SubjectPublicKeyInfo), deleted when the JVM exits. */
    public Path publicKeyFile() {
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        try {
            Path file = Files.createTempFile("case-audit-test-jwt", ".pem");
            file.toFile().deleteOnExit();
            return Files.writeString(file, pem, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the test public key", e);
        }
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("No RSA in this JVM", e);
        }
    }
}
