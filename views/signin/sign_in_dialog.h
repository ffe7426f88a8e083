#pragma once

#include "api/secrets/connection_store.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace corpcare::views {

struct SignInRequest {
    api::secrets::SavedConnection connection;
    QString password;
    bool offline = false; // open what was downloaded instead of asking the server (issue 7)
};

// Where and who: a saved operator connection (the last one first) or a new one, the password, an
// optional CA file, "remember me", and "Open the demo company". It only asks; the controller signs in
// and answers with setBusy / showError / accept, so the dialog keeps what was typed on failure.
class SignInDialog : public QDialog {
    Q_OBJECT
public:
    SignInDialog(const QList<api::secrets::SavedConnection> &saved, const QString &lastUsedName,
                 const QStringList &demoLogins, QWidget *parent = nullptr);

    SignInRequest request() const;
    void setBusy(bool busy, const QString &status = {});
    void showError(const QString &message, const QString &details = {});
    void setPassword(const QString &password); // remembered secret, filled in
    void setRememberAvailable(bool available, const QString &why);
    void setOffline(bool offline); // ticks "Work offline"
    QCheckBox *offlineBox() const { return m_offline; }
    // "Your session expired": the same user signs in again; the connection cannot change.
    void setReauthentication(const QUrl &server, const QString &login);

signals:
    void signInRequested(const corpcare::views::SignInRequest &request);
    void demoRequested(const QString &login);
    void savedConnectionChosen(const corpcare::api::secrets::SavedConnection &connection);

private:
    void fillFrom(const api::secrets::SavedConnection &connection);
    void onConnectionChanged(int index);
    void submit();
    bool validate(QString *problem) const;

    QList<api::secrets::SavedConnection> m_saved;
    QComboBox *m_connection;
    QLineEdit *m_name;
    QLineEdit *m_server;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QLineEdit *m_caFile;
    QCheckBox *m_remember;
    QCheckBox *m_offline;
    QLabel *m_status;
    QPushButton *m_signIn;
    QComboBox *m_demoLogin;
    QPushButton *m_demo;
    QDialogButtonBox *m_buttons;
    QString m_details;
    bool m_reauthentication = false;
    bool m_rememberAvailable = true;
};

} // namespace corpcare::views
