/**
 * A fake Discord on 127.0.0.1 for end-to-end tests that run the real JDA client.
 *
 * <p>Start with {@link dev.backchannel.discord.fake.FakeDiscord}: its builder takes the bot, the
 * application and {@link dev.backchannel.discord.fake.GuildFixture guilds}; {@code jdaBuilder}
 * points a JDA at it; {@code dispatchSlashCommand} and {@code dispatchButtonClick} play a person;
 * {@code awaitRequest} waits for what the bot sent. Inside, one class per job:
 *
 * <ul>
 *   <li>{@code FakeGateway} speaks the gateway protocol over a {@code WebSocketConnection}, a
 *       minimal RFC 6455 server side;
 *   <li>{@code FakeRest} serves HTTP and records, {@code RestHandlers} implements the endpoints;
 *   <li>{@code SpecConformance} checks each request against Discord's OpenAPI description ({@code
 *       DiscordApiSpec}, vendored in {@code src/test/resources/discord-api-spec}), letting pass only
 *       the JDA serialization choices that {@code JdaSerialization} names;
 *   <li>{@code FakeState} holds the fixtures and what the test created (messages, threads);
 *   <li>{@code Payloads} and {@code InteractionPayloads} build Discord's JSON objects;
 *   <li>{@code Recording} is the thread-safe list tests wait on.
 * </ul>
 *
 * <p>What JDA 6.5.0 requires of each payload is in {@code shared/notes/discord-fake.md}; a missing
 * field makes JDA drop the event with only a log line, so a test that times out should first look
 * for a WARN or ERROR from JDA in its output.
 */
package dev.backchannel.discord.fake;
