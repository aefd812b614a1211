package io.genlab.data;

import java.nio.file.Path;

/**
 * The one error type of the data package: a dataset file, folder, CSV line or spec string that
 * cannot be used. The message always names the file (or spec) and says what is wrong with it;
 * it is not used for programming errors such as a negative batch size.
 */
public class DatasetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }

    /** "FILE: problem", the usual shape of a message about one file. */
    public static DatasetException of(Path file, String problem) {
        return new DatasetException(file + ": " + problem);
    }

    /** "FILE: problem", keeping the I/O error that caused it. */
    public static DatasetException of(Path file, String problem, Throwable cause) {
        return new DatasetException(file + ": " + problem, cause);
    }
}
