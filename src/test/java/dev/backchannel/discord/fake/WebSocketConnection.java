package dev.backchannel.discord.fake;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The server side of one WebSocket (RFC 6455), just enough for a gateway: the opening handshake,
 * text messages in (masked, possibly fragmented) and out (unmasked, one frame), ping, and close. No
 * extensions are negotiated, so nothing is compressed.
 */
final class WebSocketConnection implements Closeable {

    private static final String HANDSHAKE_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;
    private static final int MAX_HEADER_LINE = 8192;
    private static final int OP_CONTINUATION = 0x0;
    private static final int OP_TEXT = 0x1;
    private static final int OP_BINARY = 0x2;
    private static final int OP_CLOSE = 0x8;
    private static final int OP_PING = 0x9;
    private static final int OP_PONG = 0xA;
    private static final byte[] NORMAL_CLOSURE = {0x03, (byte) 0xE8};

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private boolean closeSent; // guarded by this

    private WebSocketConnection(Socket socket, DataInputStream in, OutputStream out) {
        this.socket = socket;
        this.in = in;
        this.out = out;
    }

    /** Reads the client's upgrade request and answers 101, or 400 and closes the socket. */
    static WebSocketConnection accept(Socket socket) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
        OutputStream out = new BufferedOutputStream(socket.getOutputStream());
        String[] requestLine = readLine(in).split(" ");
        Map<String, String> headers = new HashMap<>();
        for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(
                        line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).trim());
            }
        }
        String key = headers.get("sec-websocket-key");
        if (requestLine.length < 3 || key == null || !"websocket".equalsIgnoreCase(headers.get("upgrade"))) {
            out.write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(US_ASCII));
            out.flush();
            socket.close();
            throw new IOException("Not a WebSocket upgrade request: " + String.join(" ", requestLine));
        }
        String response = "HTTP/1.1 101 Switching Protocols\r\n"
                + "Upgrade: websocket\r\n"
                + "Connection: Upgrade\r\n"
                + "Sec-WebSocket-Accept: "
                + acceptValue(key)
                + "\r\n\r\n";
        out.write(response.getBytes(US_ASCII));
        out.flush();
        return new WebSocketConnection(socket, in, out);
    }

    /**
     * The next text message, answering pings on the way; null once the client closed the connection
     * (its close frame is answered).
     */
    String readText() throws IOException {
        ByteArrayOutputStream message = new ByteArrayOutputStream();
        while (true) {
            int first = in.read();
            if (first == -1) {
                return null;
            }
            boolean finalFragment = (first & 0x80) != 0;
            int opcode = first & 0x0F;
            int second = in.readUnsignedByte();
            long length = second & 0x7F;
            if (length == 126) {
                length = in.readUnsignedShort();
            } else if (length == 127) {
                length = in.readLong();
            }
            if (length < 0 || message.size() + length > MAX_MESSAGE_BYTES) {
                throw new IOException("WebSocket message too large: " + length + " bytes");
            }
            byte[] mask = new byte[4];
            boolean masked = (second & 0x80) != 0;
            if (masked) {
                in.readFully(mask);
            }
            byte[] payload = new byte[(int) length];
            in.readFully(payload);
            if (masked) {
                for (int i = 0; i < payload.length; i++) {
                    payload[i] ^= mask[i & 3];
                }
            }
            switch (opcode) {
                case OP_PING -> sendFrame(OP_PONG, payload);
                case OP_PONG -> {
                    // An unsolicited pong needs no answer.
                }
                case OP_CLOSE -> {
                    sendCloseOnce(payload.length >= 2 ? new byte[] {payload[0], payload[1]} : NORMAL_CLOSURE);
                    return null;
                }
                case OP_TEXT, OP_BINARY, OP_CONTINUATION -> {
                    message.write(payload);
                    if (finalFragment) {
                        return message.toString(UTF_8);
                    }
                }
                default -> throw new IOException("Unknown WebSocket opcode " + opcode);
            }
        }
    }

    synchronized void sendText(String text) throws IOException {
        if (closeSent) {
            throw new IOException("WebSocket already closed");
        }
        sendFrame(OP_TEXT, text.getBytes(UTF_8));
    }

    /** Sends a close frame with the code (unless one was sent) and closes the socket. */
    void close(int code) {
        try {
            sendCloseOnce(new byte[] {(byte) (code >> 8), (byte) code});
        } catch (IOException e) {
            // The client is gone already: nothing left to tell it.
        }
        closeSocket();
    }

    /** Closes normally (1000). */
    @Override
    public void close() {
        close(1000);
    }

    /** Drops the TCP connection without a close frame, as a network failure would. */
    void closeSocket() {
        try {
            socket.close();
        } catch (IOException e) {
            // Closing a socket that failed already has no further effect.
        }
    }

    private synchronized void sendCloseOnce(byte[] code) throws IOException {
        if (!closeSent) {
            closeSent = true;
            sendFrame(OP_CLOSE, code);
        }
    }

    private synchronized void sendFrame(int opcode, byte[] payload) throws IOException {
        out.write(0x80 | opcode);
        if (payload.length < 126) {
            out.write(payload.length);
        } else if (payload.length <= 0xFFFF) {
            out.write(126);
            out.write(payload.length >>> 8);
            out.write(payload.length);
        } else {
            out.write(127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((int) ((long) payload.length >>> shift));
            }
        }
        out.write(payload);
        out.flush();
    }

    private static String readLine(DataInputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            int next = in.read();
            if (next == -1) {
                throw new EOFException("Connection closed during the WebSocket handshake");
            }
            if (next == '\n') {
                return line.toString();
            }
            if (next != '\r') {
                line.append((char) next);
            }
            if (line.length() > MAX_HEADER_LINE) {
                throw new IOException("WebSocket handshake line too long");
            }
        }
    }

    private static String acceptValue(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest((key + HANDSHAKE_GUID).getBytes(US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-1", e);
        }
    }
}
