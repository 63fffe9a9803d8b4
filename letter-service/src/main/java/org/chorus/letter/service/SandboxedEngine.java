package org.chorus.letter.service;

import java.util.List;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.IfSectionHelper;
import io.quarkus.qute.LoopSectionHelper;
import io.quarkus.qute.SetSectionHelper;
import io.quarkus.qute.ValueResolvers;
import io.quarkus.qute.Variant;
import io.quarkus.qute.WhenSectionHelper;
import io.quarkus.qute.WithSectionHelper;

/**
 * The Qute engine that staff's letter templates are parsed with, and nothing else. A template sees only the maps,
 * lists, texts and numbers of LetterModel: this engine has no namespace ({@code config:}, {@code inject:},
 * {@code cdi:}, {@code str:}, {@code time:} ... are "not found"), no template extension, no reflection and no template
 * locator, where the application's engine has them all. Its sections are those that print the letter's values
 * ({@code #if}, {@code #for}/{@code #each}, {@code #let}/{@code #set}, {@code #with}, {@code #when}/{@code #switch}),
 * each bounded (BoundedSection); none loads or evaluates other content ({@code #include}, {@code #insert},
 * {@code #eval}, {@code #fragment}, {@code #capture} are unknown). Values are escaped in HTML, and {@code raw} or
 * {@code safe} do not exist: a signatory's name with markup prints as text in every letter.
 */
final class SandboxedEngine {

    private SandboxedEngine() {
    }

    static Engine create() {
        return Engine.builder()
                .addSectionHelper(BoundedSection.of(new IfSectionHelper.Factory()))
                .addSectionHelper(BoundedSection.loop(new LoopSectionHelper.Factory()))
                .addSectionHelper(BoundedSection.of(new SetSectionHelper.Factory()))
                .addSectionHelper(BoundedSection.of(new WithSectionHelper.Factory()))
                .addSectionHelper(BoundedSection.of(new WhenSectionHelper.Factory()))
                // keys of maps, items of lists, a loop's element and its metadata, and the operators: all on data
                .addValueResolvers(ValueResolvers.mapResolver(), ValueResolvers.mapperResolver(),
                        ValueResolvers.mapEntryResolver(), ValueResolvers.collectionResolver(),
                        ValueResolvers.listResolver(), ValueResolvers.thisResolver(), ValueResolvers.orResolver(),
                        ValueResolvers.trueResolver(), ValueResolvers.logicalAndResolver(),
                        ValueResolvers.logicalOrResolver(), ValueResolvers.orEmpty(), ValueResolvers.equalsResolver(),
                        ValueResolvers.plusResolver(), ValueResolvers.minusResolver(), ValueResolvers.modResolver(),
                        ValueResolvers.numberValueResolver())
                .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
                .strictRendering(true)
                .build();
    }
}
