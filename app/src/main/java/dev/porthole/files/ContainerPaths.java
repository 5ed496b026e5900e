package dev.porthole.files;

/** Absolute POSIX paths inside a container, as plain strings (java.nio would use the host's rules). */
public final class ContainerPaths {

    private ContainerPaths() {
    }

    /** {@code folder/name}, without doubling the slash at the root. */
    public static String child(String folder, String name) {
        return folder.endsWith("/") ? folder + name : folder + "/" + name;
    }

    /** The folder holding {@code path}; the root's parent is the root. */
    public static String parent(String path) {
        String p = trimTrailingSlash(path);
        int slash = p.lastIndexOf('/');
        return slash <= 0 ? "/" : p.substring(0, slash);
    }

    /** The last name of {@code path}; "/" for the root. */
    public static String name(String path) {
        String p = trimTrailingSlash(path);
        return p.isEmpty() ? "/" : p.substring(p.lastIndexOf('/') + 1);
    }

    /** The path without trailing slashes; the root becomes "". */
    static String trimTrailingSlash(String path) {
        String p = path;
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
