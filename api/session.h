#pragma once

#include "api/access_manager.h"
#include "api/json_request_job.h"
#include "api/me_job.h"
#include "api/sign_in_job.h"
#include "domain/portal_user.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QObject>
#include <QUrlQuery>

namespace corpcare::api {

class ReauthenticationQueue;

// A signed-in conversation with one server. Owns the AccessManager; makes the jobs.
//
// Jobs come back NOT started and are children of the session: connect to finished(), call start(),
// and deleteLater() them when done (or setAutoDelete(true)).
//
// Re-authentication: when a request answers 401 while signed in (the token expired or was revoked),
// the session emits reauthenticationRequired() once and parks that job and every job started from
// then on; they neither fail nor send. resumeWithToken() or a successful signIn() sends them all
// again; abandonReauthentication() fails them with Unauthorized and signs out.
class Session : public QObject {
    Q_OBJECT

public:
    explicit Session(QObject *parent = nullptr);
    // Takes ownership of `access` (tests pass one built on a fake network).
    explicit Session(AccessManager *access, QObject *parent = nullptr);
    ~Session() override;

    AccessManager *accessManager() const { return m_access; }

    // On success the session keeps the token before any other finished() slot runs.
    SignInJob *signIn(const QString &login, const QString &password);
    bool isSignedIn() const { return m_signedIn; }
    QString login() const { return m_login; }
    QDateTime tokenExpiresAt() const { return m_expiresAt; }
    // Asks the server to end the token (without waiting), forgets it and the user; jobs waiting for a
    // new sign-in end with Cancelled.
    void signOut();

    JsonRequestJob *get(const QString &pathAndQuery);
    JsonRequestJob *postJson(const QString &path, const QJsonDocument &document);
    // A JSON body already written to bytes (a large one is written on a worker thread).
    JsonRequestJob *postJsonBytes(const QString &path, const QByteArray &json);
    JsonRequestJob *postForm(const QString &path, const QUrlQuery &form);
    JsonRequestJob *patchJson(const QString &path, const QJsonObject &changes);

    // GET /corporate/v1/me; on success currentUser() changes and currentUserChanged() is emitted.
    MeJob *fetchMe();
    const domain::PortalUser &currentUser() const { return m_user; }
    bool hasCurrentUser() const { return !m_user.id.isEmpty(); }

    bool isReauthenticating() const;
    void resumeWithToken(const QByteArray &token);
    void abandonReauthentication();

signals:
    void signedIn();
    void signedOut();
    void reauthenticationRequired();
    void currentUserChanged();

private:
    template <typename Job>
    Job *adopt(Job *job);
    void acceptToken(const QByteArray &token, const QDateTime &expiresAt);
    void forgetCredentials();

    AccessManager *m_access = nullptr;
    ReauthenticationQueue *m_queue = nullptr;
    bool m_signedIn = false;
    QString m_login;
    QDateTime m_expiresAt;
    domain::PortalUser m_user;
};

} // namespace corpcare::api
