/**
 * Each Discord server's own course notes: validated like the knowledge files, kept in the
 * database, and given to the answer pipeline for that server's questions only.
 */
package dev.backchannel.notes;
