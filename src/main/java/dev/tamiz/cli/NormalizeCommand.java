package dev.tamiz.cli;

import dev.tamiz.normalize.Normalizer;
import dev.tamiz.normalize.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code tamiz normalize}: one line in, one normalised line out. */
@Command(name = "normalize", mixinStandardHelpOptions = true,
        description = {"Normalises each line of standard input and writes it to standard output.",
                "One line in, one line out: the line count is kept, empty lines included."})
final class NormalizeCommand implements Callable<Integer> {

    @Option(names = "--profile", defaultValue = "corpus", paramLabel = "PROFILE",
            description = "corpus (default), typographic or search")
    String profile;

    @Option(names = "--lang", defaultValue = "auto", paramLabel = "LANG",
            description = "the lines' language (fa, en, ar, ...), or auto to decide per script run (default)")
    String lang;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Profile p;
        try {
            p = Profile.valueOf(profile.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "unknown profile '" + profile + "' (corpus, typographic or search)");
        }
        Normalizer n = Normalizer.builder().profile(p).build();
        String tag = lang.equals("auto") ? null : lang;
        return Lines.map(System.in, spec.commandLine().getOut(), line -> n.normalize(line, tag));
    }
}
