package dev.tamiz.cli;

import dev.tamiz.lang.LanguageDetector;
import dev.tamiz.lang.LanguageDetectors;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.util.concurrent.Callable;

/** {@code tamiz detect}: one line in, one language tag out. */
@Command(name = "detect", mixinStandardHelpOptions = true,
        description = {"Writes the BCP 47 language tag of each line of standard input, one per line ('und' when",
                "undetermined, also for empty lines): the line count is kept."})
final class DetectCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        LanguageDetector d = LanguageDetectors.standard();
        return Lines.map(System.in, spec.commandLine().getOut(), line -> d.detectTag(line));
    }
}
