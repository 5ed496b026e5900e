package dev.porthole.cli.bench;

/** A bench group could not measure (no engine, say); its message is printed as is. */
public class BenchException extends RuntimeException {

    public BenchException(String message) {
        super(message);
    }
}
