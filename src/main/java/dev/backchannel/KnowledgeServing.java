package dev.backchannel;

import dev.backchannel.answer.Abstention;
import dev.backchannel.answer.ExtractiveComposer;
import dev.backchannel.config.AnswerConfig;
import dev.backchannel.config.RetrievalConfig;
import dev.backchannel.index.Embedder;
import dev.backchannel.index.PassageIndex;
import dev.backchannel.knowledge.Chunker;
import dev.backchannel.knowledge.CourseNote;
import dev.backchannel.knowledge.KnowledgeBase;
import dev.backchannel.knowledge.SectionKinds;
import dev.backchannel.question.Glossary;
import dev.backchannel.question.LanguageDetector;
import dev.backchannel.question.Lexicon;
import dev.backchannel.question.QuestionReader;
import dev.backchannel.question.QuestionTypes;
import dev.backchannel.question.TermExtractor;
import dev.backchannel.retrieval.PassageRetriever;
import dev.backchannel.retrieval.Retriever;
import dev.backchannel.serving.ServedKnowledge;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Makes an indexed knowledge base servable: a reader of questions against it and a retriever over
 * its index, from one lexicon and one embedding model. The shared knowledge and a server's knowledge
 * with its course notes are made the same way.
 */
final class KnowledgeServing implements AutoCloseable {

    private final Lexicon lexicon = Lexicon.standard();
    private final TermExtractor terms = new TermExtractor(lexicon);
    private final LanguageDetector detector = new LanguageDetector(lexicon);
    private final QuestionTypes questionTypes = new QuestionTypes(lexicon, SectionKinds.standard());
    /** Embeds questions while their lexical search runs; idle threads end after a minute. */
    private final ExecutorService queryEmbeddings = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "query-embedding");
        thread.setDaemon(true);
        return thread;
    });

    private final Optional<Embedder> embedder;
    private final RetrievalConfig retrieval;

    KnowledgeServing(Optional<Embedder> embedder, RetrievalConfig retrieval) {
        this.embedder = embedder;
        this.retrieval = retrieval;
    }

    /** {@code knowledge} served from {@code index}, which holds its passages. */
    ServedKnowledge serve(KnowledgeBase knowledge, PassageIndex index) {
        QuestionReader reader =
                new QuestionReader(index, new Glossary(knowledge), terms, detector, questionTypes, lexicon);
        return new ServedKnowledge(knowledge, index, reader, retriever(index, retrieval));
    }

    /**
     * The shared version with one server's course notes, indexed together in memory: the notes are
     * named in the glossary and searched, and their passages say who added them.
     */
    ServedKnowledge withNotes(ServedKnowledge shared, List<CourseNote> notes) {
        String notesVersion = "notes-" + Integer.toHexString(notes.hashCode());
        try {
            PassageIndex index = PassageIndex.withNotes(
                    shared.index(), KnowledgeBase.ofNotes(notes, Chunker.standard(), notesVersion), embedder);
            return serve(shared.knowledge().withNotes(notes, Chunker.standard(), notesVersion), index);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot index a server's course notes", e);
        }
    }

    Retriever retriever(PassageIndex index, RetrievalConfig config) {
        return new PassageRetriever(index, terms, embedder, config, queryEmbeddings, detector);
    }

    Abstention abstention(RetrievalConfig config) {
        return new Abstention(config, terms, lexicon);
    }

    ExtractiveComposer composer(AnswerConfig answer) {
        return new ExtractiveComposer(terms, answer, lexicon);
    }

    @Override
    public void close() {
        queryEmbeddings.shutdown();
    }
}
