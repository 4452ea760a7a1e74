package dev.backchannel.discord.fake;

/** A file a request attached, as Discord receives it: its name and its bytes. */
public record UploadedFile(String fileName, byte[] bytes) {}
