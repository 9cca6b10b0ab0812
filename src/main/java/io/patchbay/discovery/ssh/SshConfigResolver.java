package io.patchbay.discovery.ssh;

import com.jcraft.jsch.ConfigRepository;
import com.jcraft.jsch.OpenSSHConfig;
import io.patchbay.core.PatchbayException;
import io.patchbay.core.PatchbayException.Reason;
import io.patchbay.core.Sentence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies an OpenSSH client config (read with JSch's {@link OpenSSHConfig}) to a target: Host
 * aliases, HostName, Port, User, IdentityFile, IdentitiesOnly, IdentityAgent and ProxyJump. Values from the command
 * line win over the config, as with OpenSSH. Every value taken from the config is validated; a bad
 * one is reported with the file and the alias it belongs to.
 *
 * <p>JSch's own config handling is not used for sessions: it would also import settings such as
 * StrictHostKeyChecking, which this project never relaxes.
 */
public final class SshConfigResolver {
    private static final Logger LOG = LoggerFactory.getLogger(SshConfigResolver.class);
    private static final int MAX_JUMPS = 8;

    private final SshSettings settings;
    private final ConfigRepository config;
    private final String configName;

    private SshConfigResolver(SshSettings settings, ConfigRepository config) {
        this.settings = settings;
        this.config = config;
        this.configName = settings.sshConfig().toString();
    }

    /** Reads {@code settings.sshConfig()} if it exists; an absent file means no config. */
    public static SshConfigResolver load(SshSettings settings) throws PatchbayException {
        Path file = settings.sshConfig();
        if (!Files.exists(file)) {
            LOG.debug("no ssh config at {}", file);
            return new SshConfigResolver(settings, ConfigRepository.nullConfig);
        }
        try {
            return new SshConfigResolver(settings, OpenSSHConfig.parseFile(file.toString()));
        } catch (IOException | RuntimeException e) {
            throw new PatchbayException(Reason.BAD_INPUT, Sentence.of("ssh.config.cannotRead", file, e.getMessage()), e);
        }
    }

    /** The route to {@code target}: its ProxyJump hops (each resolved through the config too) and itself. */
    public SshRoute route(SshTarget target) throws PatchbayException {
        ConfigRepository.Config c = config.getConfig(target.host());
        ResolvedHost resolved = resolve(target, c, settings.identityFiles());
        List<ResolvedHost> jumps = new ArrayList<>();
        String proxyJump = unquote(c.getValue("ProxyJump"));
        if (proxyJump != null && !proxyJump.equalsIgnoreCase("none")) {
            String[] hops = proxyJump.split(",", -1);
            if (hops.length > MAX_JUMPS) {
                throw badConfig(target.host(), Sentence.of("ssh.config.tooManyJumps", hops.length, MAX_JUMPS));
            }
            for (String hop : hops) {
                SshTarget hopTarget;
                try {
                    hopTarget = SshTarget.parse(stripSshUri(hop.strip()));
                } catch (PatchbayException e) {
                    throw badConfig(target.host(), Sentence.of("ssh.config.badJump", SshTarget.printable(hop), e.sentence()));
                }
                ConfigRepository.Config hc = config.getConfig(hopTarget.host());
                if (hc.getValue("ProxyJump") != null && !"none".equalsIgnoreCase(unquote(hc.getValue("ProxyJump")))) {
                    LOG.debug("ProxyJump of jump host {} is not followed; list the hops in the target's ProxyJump", hopTarget.host());
                }
                jumps.add(resolve(hopTarget, hc, List.of()));
            }
        }
        return new SshRoute(jumps, resolved);
    }

    private ResolvedHost resolve(SshTarget target, ConfigRepository.Config c, List<Path> commandLineKeys)
            throws PatchbayException {
        String alias = target.host();
        String hostName = unquote(c.getHostname());
        boolean fromConfig = hostName != null;
        if (hostName == null) {
            hostName = alias;
        } else {
            hostName = expandHostName(alias, hostName);
            if (hostName.startsWith("[") && hostName.endsWith("]")) {
                hostName = hostName.substring(1, hostName.length() - 1);
            }
            if (!HostSyntax.isDnsName(hostName) && !HostSyntax.isIpv4(hostName) && !HostSyntax.isIpv6(hostName)) {
                throw badConfig(alias, Sentence.of("ssh.config.badHostName", SshTarget.printable(hostName)));
            }
        }

        String user;
        if (target.user().isPresent()) {
            user = target.user().get();
        } else {
            String configured = unquote(c.getUser());
            if (configured != null) {
                if (!HostSyntax.isUser(configured)) {
                    throw badConfig(alias, Sentence.of("ssh.config.badUser", SshTarget.printable(configured)));
                }
                user = configured;
            } else {
                user = localUser();
            }
        }

        int port;
        OptionalInt given = target.port();
        if (given.isPresent()) {
            port = given.getAsInt();
        } else {
            String p = unquote(c.getValue("Port"));
            if (p == null) {
                port = 22;
            } else {
                try {
                    port = SshTarget.parsePort(alias, p);
                } catch (PatchbayException e) {
                    throw badConfig(alias, Sentence.of("ssh.config.badPort", SshTarget.printable(p)));
                }
            }
        }

        List<Path> keys = new ArrayList<>(commandLineKeys);
        String[] configuredKeys = c.getValues("IdentityFile");
        for (String f : configuredKeys == null ? new String[0] : configuredKeys) {
            String v = unquote(f);
            if (v != null && !v.equalsIgnoreCase("none")) {
                keys.add(toPath(alias, "IdentityFile", expandTokens(alias, "IdentityFile", v, hostName, user, port)));
            }
        }
        if (keys.isEmpty()) {
            keys.addAll(settings.defaultIdentityFiles());
        }

        Optional<Path> agent = settings.agentSocket();
        String identityAgent = unquote(c.getValue("IdentityAgent"));
        if (identityAgent != null) {
            if (identityAgent.equalsIgnoreCase("none")) {
                agent = Optional.empty();
            } else if (!identityAgent.equals("SSH_AUTH_SOCK") && !identityAgent.equals("$SSH_AUTH_SOCK")) {
                agent = Optional.of(toPath(alias, "IdentityAgent",
                        expandTokens(alias, "IdentityAgent", identityAgent, hostName, user, port)));
            }
        }
        String only = unquote(c.getValue("IdentitiesOnly"));
        boolean identitiesOnly = only != null && only.equalsIgnoreCase("yes");
        return new ResolvedHost(alias, user, hostName, port, keys, fromConfig, agent, identitiesOnly);
    }

    private String expandHostName(String alias, String value) throws PatchbayException {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch != '%') {
                b.append(ch);
                continue;
            }
            if (i + 1 >= value.length()) {
                throw badConfig(alias, Sentence.of("ssh.config.hostNameLonePercent", SshTarget.printable(value)));
            }
            char t = value.charAt(++i);
            if (t == 'h') {
                b.append(alias);
            } else if (t == '%') {
                b.append('%');
            } else {
                throw badConfig(alias, Sentence.of("ssh.config.hostNameToken", SshTarget.printable(value), t));
            }
        }
        return b.toString();
    }

    /** Expands {@code ~} and the tokens %d %h %n %p %r %u %% as OpenSSH does for file names. */
    private String expandTokens(String alias, String keyword, String value, String hostName, String user, int port)
            throws PatchbayException {
        String home = settings.home().toString();
        String v = value;
        if (v.equals("~")) {
            v = home;
        } else if (v.startsWith("~/")) {
            v = home + v.substring(1);
        } else if (v.startsWith("~")) {
            throw badConfig(alias, Sentence.of("ssh.config.tildeUser", keyword, SshTarget.printable(value)));
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch != '%') {
                b.append(ch);
                continue;
            }
            if (i + 1 >= v.length()) {
                throw badConfig(alias, Sentence.of("ssh.config.pathLonePercent", keyword, SshTarget.printable(value)));
            }
            char t = v.charAt(++i);
            switch (t) {
                case 'd' -> b.append(home);
                case 'h' -> b.append(hostName);
                case 'n' -> b.append(alias);
                case 'p' -> b.append(port);
                case 'r' -> b.append(user);
                case 'u' -> b.append(localUser());
                case '%' -> b.append('%');
                default -> throw badConfig(alias, Sentence.of("ssh.config.pathToken", keyword, SshTarget.printable(value), t));
            }
        }
        return b.toString();
    }

    private Path toPath(String alias, String keyword, String value) throws PatchbayException {
        try {
            Path p = Path.of(value);
            return p.isAbsolute() ? p : settings.home().resolve(p);
        } catch (InvalidPathException e) {
            throw badConfig(alias, Sentence.of("ssh.config.badPath", keyword, SshTarget.printable(value)));
        }
    }

    private PatchbayException badConfig(String alias, Sentence why) {
        return new PatchbayException(Reason.BAD_INPUT, Sentence.of("ssh.config.bad", configName, SshTarget.printable(alias), why));
    }

    private static String localUser() {
        String u = System.getProperty("user.name");
        return u == null || u.isBlank() ? "root" : u.toLowerCase(Locale.ROOT);
    }

    /** OpenSSH accepts {@code ssh://[user@]host[:port]} in ProxyJump. */
    private static String stripSshUri(String hop) {
        return hop.regionMatches(true, 0, "ssh://", 0, 6) ? hop.substring(6) : hop;
    }

    private static String unquote(String v) {
        if (v == null) {
            return null;
        }
        String s = v.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }
}
