package dev.backchannel.discord;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;

/** Who may use the educator commands: Manage Messages, or the configured educator role. */
final class Educators {

  private final String roleId;

  Educators(String roleId) {
    this.roleId = roleId;
  }

  boolean isEducator(Member member) {
    if (member == null) {
      return false;
    }
    if (member.hasPermission(Permission.MESSAGE_MANAGE)) {
      return true;
    }
    return !roleId.isBlank() && member.getRoles().stream().anyMatch(role -> role.getId().equals(roleId));
  }
}
