package org.chorus.letter.service;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import io.quarkus.qute.Evaluator;
import io.quarkus.qute.Expression;
import io.quarkus.qute.ResolutionContext;
import io.quarkus.qute.ResultNode;
import io.quarkus.qute.Scope;
import io.quarkus.qute.SectionBlock;
import io.quarkus.qute.SectionHelper;
import io.quarkus.qute.SectionHelperFactory;
import io.quarkus.qute.Template;

/**
 * One of Qute's sections ({@code #if}, {@code #for} ...) as letter templates have it: every time it runs a block, the
 * block's nodes are spent from the rendering's RenderBudget; a loop's number is checked before Qute sizes the loop.
 * The section itself is Qute's own.
 */
final class BoundedSection implements SectionHelperFactory<SectionHelper> {

    private final SectionHelperFactory<?> section;
    private final boolean loop;

    private BoundedSection(SectionHelperFactory<?> section, boolean loop) {
        this.section = section;
        this.loop = loop;
    }

    static BoundedSection of(SectionHelperFactory<?> section) {
        return new BoundedSection(section, false);
    }

    /** A section whose first evaluated expression is what it loops over ({@code #for}/{@code #each}). */
    static BoundedSection loop(SectionHelperFactory<?> section) {
        return new BoundedSection(section, true);
    }

    @Override
    public SectionHelper initialize(SectionInitContext context) {
        SectionHelper helper = section.initialize(context);
        SectionBlock main = context.getBlocks().get(0);
        return run -> helper.resolve(new Counted(run, main, loop));
    }

    @Override
    public List<String> getDefaultAliases() {
        return section.getDefaultAliases();
    }

    @Override
    public ParametersInfo getParameters() {
        return section.getParameters();
    }

    @Override
    public List<String> getBlockLabels() {
        return section.getBlockLabels();
    }

    @Override
    public boolean cacheFactoryConfig() {
        return section.cacheFactoryConfig();
    }

    @Override
    public boolean treatUnknownSectionsAsBlocks() {
        return section.treatUnknownSectionsAsBlocks();
    }

    @Override
    public Scope initializeBlock(Scope outerScope, BlockInfo block) {
        return section.initializeBlock(outerScope, block);
    }

    @Override
    public MissingEndTagStrategy missingEndTagStrategy() {
        return section.missingEndTagStrategy();
    }

    /** The section's view of its rendering, which counts the blocks it runs. */
    private record Counted(SectionHelper.SectionResolutionContext run, SectionBlock main, boolean loop)
            implements SectionHelper.SectionResolutionContext {

        @Override
        public CompletionStage<ResultNode> execute(SectionBlock block, ResolutionContext context) {
            SectionBlock executed = block == null ? main : block;
            RenderBudget.of(run.resolutionContext()).spend(executed.nodes.size() + 1, executed.origin);
            return run.execute(block, context);
        }

        @Override
        public ResolutionContext resolutionContext() {
            return loop ? new CheckedLoop(run.resolutionContext()) : run.resolutionContext();
        }

        @Override
        public CompletionStage<Map<String, Object>> evaluate(Map<String, Expression> parameters) {
            return run.evaluate(parameters);
        }

        @Override
        public ResolutionContext newResolutionContext(Object data, Map<String, SectionBlock> extendingBlocks) {
            return run.newResolutionContext(data, extendingBlocks);
        }

        @Override
        public Map<String, Object> getParameters() {
            return run.getParameters();
        }
    }

    /** A loop's context: what the loop evaluates (the thing it goes over) is checked against the budget. */
    private record CheckedLoop(ResolutionContext context) implements ResolutionContext {

        @Override
        public CompletionStage<Object> evaluate(Expression expression) {
            return context.evaluate(expression)
                    .thenApply(it -> RenderBudget.of(context).checkLoopOver(it, expression.getOrigin()));
        }

        @Override
        public CompletionStage<Object> evaluate(String expression) {
            return context.evaluate(expression).thenApply(it -> RenderBudget.of(context).checkLoopOver(it, null));
        }

        @Override
        public ResolutionContext createChild(Object data, Map<String, SectionBlock> extendingBlocks) {
            return context.createChild(data, extendingBlocks);
        }

        @Override
        public Object getData() {
            return context.getData();
        }

        @Override
        public ResolutionContext getParent() {
            return context.getParent();
        }

        @Override
        public SectionBlock getExtendingBlock(String name) {
            return context.getExtendingBlock(name);
        }

        @Override
        public SectionBlock getCurrentExtendingBlock(String name) {
            return context.getCurrentExtendingBlock(name);
        }

        @Override
        public Object getAttribute(String key) {
            return context.getAttribute(key);
        }

        @Override
        public Template getTemplate() {
            return context.getTemplate();
        }

        @Override
        public Evaluator getEvaluator() {
            return context.getEvaluator();
        }
    }
}
