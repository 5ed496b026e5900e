package dev.porthole.engine.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.AuthConfig;
import com.github.dockerjava.api.model.PullResponseItem;
import com.github.dockerjava.api.model.PushResponseItem;
import com.github.dockerjava.api.model.ResponseItem;
import dev.porthole.engine.Subscription;
import dev.porthole.model.ImageName;
import dev.porthole.model.LayerProgress;
import dev.porthole.model.LayerState;
import dev.porthole.model.RegistryCredential;
import dev.porthole.model.TransferEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One pull or push on docker-java's stream thread: the engine's progress items become {@link TransferEvent}s
 * (per-layer states and bytes), then exactly one ending. Closing the subscription cancels: the engine stops a
 * pull or push whose client went away.
 */
final class DockerTransfer<T extends ResponseItem> extends ResultCallback.Adapter<T> {

    private static final Logger LOG = LoggerFactory.getLogger(DockerTransfer.class);

    private final String host;
    private final ImageName name;
    private final boolean pushing;
    private final Consumer<TransferEvent> listener;
    private final RegistryCredential auth;
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile boolean cancelled;
    private volatile String error;
    private volatile String digest;

    private DockerTransfer(String host, ImageName name, boolean pushing, RegistryCredential auth,
                           Consumer<TransferEvent> listener) {
        this.auth = auth;
        this.host = host;
        this.name = name;
        this.pushing = pushing;
        this.listener = listener;
    }

    /** Starts pulling {@code name} (latest when it has no tag) and returns at once. */
    static Subscription pull(DockerClient docker, String host, ImageName name, RegistryCredential auth,
                             Consumer<TransferEvent> listener) {
        DockerTransfer<PullResponseItem> pull = new DockerTransfer<>(host, name, false, auth, listener);
        var cmd = docker.pullImageCmd(name.repository());
        if (!name.digest().isEmpty()) {
            // the engine takes a digest where the tag goes
            cmd.withTag(name.digest());
        } else {
            cmd.withTag(name.tag().isEmpty() ? "latest" : name.tag());
        }
        if (auth != null) {
            cmd.withAuthConfig(authConfig(auth));
        }
        return start(pull, () -> cmd.exec(pull));
    }

    /** Starts pushing {@code name} (latest when it has no tag) and returns at once. */
    static Subscription push(DockerClient docker, String host, ImageName name, RegistryCredential auth,
                             Consumer<TransferEvent> listener) {
        DockerTransfer<PushResponseItem> push = new DockerTransfer<>(host, name, true, auth, listener);
        var cmd = docker.pushImageCmd(name.repository()).withTag(name.tag().isEmpty() ? "latest" : name.tag());
        // always a header: without one the engine refuses the push, and docker-java's fallback reads config.json
        // itself
        cmd.withAuthConfig(auth != null ? authConfig(auth) : new AuthConfig());
        return start(push, () -> cmd.exec(push));
    }

    private static Subscription start(DockerTransfer<?> transfer, Runnable exec) {
        try {
            exec.run();
        } catch (RuntimeException e) {
            transfer.onError(e);
        }
        return () -> {
            transfer.cancelled = true;
            transfer.end(new TransferEvent.Cancelled());
        };
    }

    /** The credential as docker-java sends it in X-Registry-Auth; its toString shows the password, so never log it. */
    static AuthConfig authConfig(RegistryCredential auth) {
        AuthConfig config = new AuthConfig().withRegistryAddress(auth.registry());
        if (auth.identityToken()) {
            return config.withIdentityToken(auth.secret());
        }
        return config.withUsername(auth.username()).withPassword(auth.secret());
    }

    @Override
    public void onNext(T item) {
        if (ended.get() || item == null) {
            return;
        }
        if (item.isErrorIndicated()) {
            String message = item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null
                    ? item.getErrorDetail().getMessage() : item.getError();
            error = message == null ? "the engine reported an error without a message" : message.strip();
            return;
        }
        if (item.getAux() != null && item.getAux().getDigest() != null) {
            digest = item.getAux().getDigest();
        }
        String status = item.getStatus();
        if (status == null) {
            return;
        }
        LayerState state = LayerState.fromEngineStatus(status);
        if (state != null && item.getId() != null) {
            var detail = item.getProgressDetail();
            long current = detail == null || detail.getCurrent() == null ? 0 : detail.getCurrent();
            long total = detail == null || detail.getTotal() == null ? 0 : detail.getTotal();
            emit(new TransferEvent.Layer(new LayerProgress(item.getId(), state, current, total)));
            return;
        }
        if (status.startsWith("Digest: ")) {
            digest = status.substring("Digest: ".length()).strip();
        }
        emit(new TransferEvent.Status(item.getId() == null ? status : item.getId() + ": " + status));
    }

    @Override
    public void onError(Throwable failure) {
        // not super.onError: a cancel's closed socket is no error worth an ERROR log
        if (cancelled) {
            end(new TransferEvent.Cancelled());
            return;
        }
        if (error == null && !(failure instanceof DockerException)) {
            // no answer from the engine itself (its socket went away): say so, not that the registry failed
            String what = (pushing ? "push " : "pull ") + name.withDefaultTag();
            end(new TransferEvent.Failed(DockerFailures.translate(host, what, failure).getMessage()));
            return;
        }
        fail(error != null ? error : RegistryMessages.rawMessage(failure));
    }

    @Override
    public void onComplete() {
        if (cancelled) {
            end(new TransferEvent.Cancelled());
        } else if (error != null) {
            fail(error);
        } else {
            end(new TransferEvent.Finished(name.withDefaultTag(), digest));
        }
    }

    private void fail(String raw) {
        String lower = raw.toLowerCase(java.util.Locale.ROOT);
        boolean missing = !pushing && (lower.contains("manifest unknown") || lower.contains("not found"));
        RegistryTags.Answer tags = missing ? RegistryTags.ask(name, auth) : null;
        end(new TransferEvent.Failed(RegistryMessages.explain(name, pushing, raw, tags)));
    }

    private void end(TransferEvent last) {
        if (ended.compareAndSet(false, true)) {
            try {
                close();
            } catch (IOException | RuntimeException e) {
                LOG.debug("Closing a transfer stream failed", e);
            }
            emit(last);
        }
    }

    private void emit(TransferEvent event) {
        try {
            listener.accept(event);
        } catch (RuntimeException e) {
            LOG.warn("A transfer listener failed on {}", event, e);
        }
    }
}
