package dev.backchannel.config;

/** The whole configuration, one record per concern. Secrets never live here. */
public record BackchannelConfig(
        KnowledgeConfig knowledge,
        IndexConfig index,
        EmbeddingConfig embedding,
        RetrievalConfig retrieval,
        AnswerConfig answer,
        LlmConfig llm,
        StoreConfig store,
        DiscordConfig discord,
        OpsConfig ops,
        LoggingConfig logging) {}
