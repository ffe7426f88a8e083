#pragma once

#include "api/secrets/secret_store.h"

#include <chrono>

namespace QKeychain {
class Job;
}

namespace corpcare::api::secrets {

// Secrets in the platform keychain through QtKeychain: the Secret Service (gnome-keyring, KWallet)
// on Linux, Credential Manager on Windows, Keychain on macOS. Never falls back to plain text
// (QKeychain's insecure fallback is off): without a keychain every operation answers Unavailable and
// the caller offers a "don't remember" session (MemorySecretStore) instead.
//
// Size: the Windows credential store holds at most 2560 bytes per entry (nextcloud splits larger
// secrets into chunks, keychainchunk.h). Ours are passwords and bearer tokens (our server's are 43
// characters), far below it, so there is no chunking; a larger secret fails with Error on Windows.
//
// QtKeychain runs its jobs one at a time. A job that never answers (a keyring unlock prompt nobody
// answers) is reported Unavailable after timeout(); the jobs queued behind it wait for it.
class KeychainSecretStore final : public SecretStore {
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultTimeout{std::chrono::minutes(2)}; // time to answer a prompt

    explicit KeychainSecretStore(QObject *parent = nullptr);

    bool isAvailable() const override { return !m_knownUnavailable; }

    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

protected:
    void doRead(const SecretKey &key) override;
    void doWrite(const SecretKey &key, const QByteArray &secret) override;
    void doDelete(const SecretKey &key) override;

private:
    enum class Operation { Read, Write, Delete };
    static const char *operationName(Operation operation);

    bool answerIfNoBackend(Operation operation, const SecretKey &key);
    void start(Operation operation, const SecretKey &key, QKeychain::Job *job);
    void answer(Operation operation, const SecretKey &key, const QByteArray &secret, Result result,
                const QString &errorText);

    std::chrono::milliseconds m_timeout = kDefaultTimeout;
    bool m_knownUnavailable = false;
};

} // namespace corpcare::api::secrets
