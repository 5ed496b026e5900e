package dev.porthole.dockerfile.lint;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** An {@code apt-get} command read apart: its options, its subcommand (install…) and the packages after it. */
record AptGetCall(ShellCommand command, List<String> options, ShellWord subcommand, List<ShellWord> packages) {

    /** Options whose value is the next word when written without {@code =}. */
    private static final Set<String> TAKES_VALUE = Set.of("-o", "--option", "-c", "--config-file", "-t",
            "--target-release", "--default-release", "-a", "--host-architecture");

    /** The call, or null when {@code command} is not apt-get. */
    static AptGetCall of(ShellCommand command) {
        if (!command.is("apt-get")) {
            return null;
        }
        ShellCommand.Arguments args = command.arguments(0, TAKES_VALUE);
        List<ShellWord> operands = args.operands();
        ShellWord sub = operands.isEmpty() ? null : operands.getFirst();
        List<ShellWord> packages = operands.isEmpty() ? List.of() : operands.subList(1, operands.size());
        return new AptGetCall(command, args.options(), sub, packages);
    }

    /** Whether it is {@code apt-get install}. */
    boolean isInstall() {
        return subcommand != null && subcommand.value().equals("install");
    }

    /** Whether it answers yes by itself: {@code -y}, {@code --yes}, {@code --assume-yes}, {@code -qq}. */
    boolean assumesYes() {
        for (String o : options) {
            if (o.equals("--yes") || o.equals("--assume-yes")) {
                return true;
            }
            if (!o.startsWith("--") && o.indexOf('=') < 0) {
                // short options bundle: -y, -qy, -yq, -qq
                String letters = o.substring(1);
                if (letters.indexOf('y') >= 0 || letters.chars().filter(c -> c == 'q').count() >= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether recommended packages are left out ({@code --no-install-recommends} or its {@code -o} setting). */
    boolean skipsRecommends() {
        for (String o : options) {
            String lower = o.toLowerCase(Locale.ROOT);
            if (lower.equals("--no-install-recommends") || lower.endsWith("apt::install-recommends=false")
                    || lower.endsWith("apt::install-recommends=0")) {
                return true;
            }
        }
        return false;
    }

    /** Packages named without {@code =version} (local .deb files and variables aside). */
    List<ShellWord> unpinnedPackages() {
        return packages.stream().filter(p -> {
            String v = p.value();
            return v.indexOf('=') < 0 && !v.endsWith(".deb") && !v.contains("$");
        }).toList();
    }
}
