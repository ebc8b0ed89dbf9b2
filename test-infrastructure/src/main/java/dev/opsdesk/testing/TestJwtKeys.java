package dev.opsdesk.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** An RSA key pair generated for one test run and written as PEM files into a temporary folder. */
final class TestJwtKeys {

    final Path folder;
    final Path publicKey;
    final Path privateKey;

    private TestJwtKeys(Path folder) {
        this.folder = folder;
        this.publicKey = folder.resolve("public.pem");
        this.privateKey = folder.resolve("private.pem");
    }

    static TestJwtKeys generate() throws IOException, NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        TestJwtKeys keys = new TestJwtKeys(Files.createTempDirectory("opsdesk-jwt"));
        Files.writeString(keys.publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        Files.writeString(keys.privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        return keys;
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    void delete() throws IOException {
        Files.deleteIfExists(publicKey);
        Files.deleteIfExists(privateKey);
        Files.deleteIfExists(folder);
    }
}
