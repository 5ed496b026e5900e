package dev.porthole.dockerfile.lint;

import java.util.List;
import java.util.Set;

/** A {@code pip install} (also {@code pip3}, {@code python -m pip}) read apart into options and requirements. */
record PipInstall(ShellCommand command, ShellWord install, List<String> options, List<ShellWord> requirements) {

    /** Options whose value is the next word when written without {@code =}. */
    private static final Set<String> TAKES_VALUE = Set.of("-r", "--requirement", "-c", "--constraint", "-e",
            "--editable", "-t", "--target", "--platform", "--python-version", "--implementation", "--abi", "--root",
            "--prefix", "--src", "--upgrade-strategy", "-i", "--index-url", "--extra-index-url", "-f",
            "--find-links", "--trusted-host", "--progress-bar", "--no-binary", "--only-binary", "--config-settings",
            "-C", "--global-option", "--report", "--log", "--proxy", "--retries", "--timeout", "--cache-dir",
            "--cert", "--client-cert", "--exists-action", "--python", "--root-user-action", "--group");
    private static final String[] SPECIFIERS = {"==", ">=", "<=", "~=", "!=", "<", ">", "@"};
    private static final String[] ARCHIVES = {".whl", ".tar.gz", ".tgz", ".zip", ".tar.bz2"};

    /** The install, or null when {@code command} is not a pip install. */
    static PipInstall of(ShellCommand command) {
        List<ShellWord> args = command.arguments();
        int from;
        String name = command.name();
        if (isVersioned(name, "pip")) {
            from = 0;
        } else if (isVersioned(name.substring(name.lastIndexOf('/') + 1), "python") && args.size() >= 2
                && args.get(0).value().equals("-m") && args.get(1).value().equals("pip")) {
            from = 2;
        } else {
            return null;
        }
        ShellCommand.Arguments parts = command.arguments(from, TAKES_VALUE);
        List<ShellWord> operands = parts.operands();
        if (operands.isEmpty() || !operands.getFirst().value().equals("install")) {
            return null;
        }
        return new PipInstall(command, operands.getFirst(), parts.options(), operands.subList(1, operands.size()));
    }

    /** {@code tool} optionally followed by a version: pip, pip3, pip3.12, python3. */
    private static boolean isVersioned(String name, String tool) {
        if (!name.startsWith(tool)) {
            return false;
        }
        for (int k = tool.length(); k < name.length(); k++) {
            char c = name.charAt(k);
            if (!Character.isDigit(c) && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code --no-cache-dir} is given. */
    boolean skipsCache() {
        return options.contains("--no-cache-dir");
    }

    /** Package names without a version specifier; paths, URLs, archives and variables do not count. */
    List<ShellWord> unpinned() {
        return requirements.stream().filter(w -> isPackageName(w.value()) && !hasSpecifier(w.value())).toList();
    }

    private static boolean isPackageName(String v) {
        if (v.equals(".") || v.startsWith(".") || v.startsWith("/") || v.startsWith("~") || v.contains("/")
                || v.contains("$") || v.contains("://") || v.startsWith("git+")) {
            return false;
        }
        for (String a : ARCHIVES) {
            if (v.endsWith(a)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasSpecifier(String v) {
        for (String s : SPECIFIERS) {
            if (v.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
