package dev.tamiz.cli;

import dev.tamiz.lang.LanguageDetector;
import dev.tamiz.lang.LanguageDetectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code tamiz detect}: one line in, one language tag out. */
@Command(name = "detect", mixinStandardHelpOptions = true,
        description = {"Writes the BCP 47 language tag of each line of standard input, one per line ('und' when",
                "undetermined, also for empty lines): the line count is kept."})
final class DetectCommand implements Callable<Integer> {

    @Option(names = "--only", split = ",", paramLabel = "LIST",
            description = "answer only one of these tags (e.g. fa,en,ps), or und")
    List<String> only;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        LanguageDetector d = LanguageDetectors.standard();
        if (only != null && !only.isEmpty()) {
            Set<String> supported = LanguageDetectors.supportedTags();
            for (String t : only) {
                if (!supported.contains(t)) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                            "unknown language '" + t + "' in --only (supported: " + String.join(",", supported) + ")");
                }
            }
            d = d.restrictedTo(only);
        }
        LanguageDetector detector = d;
        return Lines.map(System.in, spec.commandLine().getOut(), line -> detector.detectTag(line));
    }
}
