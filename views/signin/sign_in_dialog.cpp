#include "views/signin/sign_in_dialog.h"

#include "models/table_columns.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace corpcare::views {

using api::secrets::SavedConnection;

SignInDialog::SignInDialog(const QList<SavedConnection> &saved, const QString &lastUsedName,
                           const QStringList &demoLogins, QWidget *parent)
    : QDialog(parent), m_saved(saved), m_connection(new QComboBox(this)), m_name(new QLineEdit(this)),
      m_server(new QLineEdit(this)), m_login(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_caFile(new QLineEdit(this)), m_remember(new QCheckBox(tr("&Remember me on this computer"), this)),
      m_offline(new QCheckBox(tr("Work &offline: open what was downloaded, without the server"), this)),
      m_status(new QLabel(this)), m_signIn(new QPushButton(tr("&Sign in"), this)), m_demoLogin(new QComboBox(this)),
      m_demo(new QPushButton(tr("Open the &demo company"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Sign in to CorpCare"));
    setObjectName(QStringLiteral("signInDialog"));
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    m_connection->setAccessibleName(tr("Saved connection"));
    m_connection->addItem(tr("New connection"));
    for (const SavedConnection &connection : saved) {
        if (!connection.isDemo) {
            m_connection->addItem(connection.name, connection.name);
        }
    }
    m_name->setPlaceholderText(tr("for example: Operator — production"));
    m_server->setPlaceholderText(QStringLiteral("https://billing.example.com"));
    m_password->setEchoMode(QLineEdit::Password);
    m_caFile->setAccessibleName(tr("CA file")); // its label names the row, which holds a button too
    m_caFile->setPlaceholderText(tr("optional: a CA certificate the server's certificate chains to"));
    auto *browse = new QToolButton(this);
    browse->setText(tr("…"));
    browse->setAccessibleName(tr("Choose a CA certificate file"));
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    form->addRow(tr("&Connection:"), m_connection);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Ser&ver:"), m_server);
    form->addRow(tr("&User:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("C&A file:"), caRow);
    if (auto *caLabel = qobject_cast<QLabel *>(form->labelForField(caRow))) {
        caLabel->setBuddy(m_caFile); // a row of a layout gets no buddy: without one the & shows
    }
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_offline);
    layout->addLayout(form);

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setOpenExternalLinks(false);
    m_status->hide();
    layout->addWidget(m_status);

    m_signIn->setDefault(true);
    m_buttons->addButton(m_signIn, QDialogButtonBox::AcceptRole);
    layout->addWidget(m_buttons);

    auto *demoBox = new QGroupBox(tr("Try it"), this);
    auto *demoRow = new QHBoxLayout(demoBox);
    m_demoLogin->setAccessibleName(tr("Demo user"));
    for (const QString &login : demoLogins) {
        m_demoLogin->addItem(login);
    }
    demoRow->addWidget(new QLabel(tr("as"), demoBox));
    demoRow->addWidget(m_demoLogin, 1);
    demoRow->addWidget(m_demo);
    demoBox->setVisible(!demoLogins.isEmpty());
    layout->addWidget(demoBox);

    connect(m_connection, &QComboBox::currentIndexChanged, this, &SignInDialog::onConnectionChanged);
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA certificate"), m_caFile->text(),
                                                          tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty()) {
            m_caFile->setText(file);
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(m_demo, &QPushButton::clicked, this, [this] { emit demoRequested(m_demoLogin->currentText()); });
    connect(m_status, &QLabel::linkActivated, this, [this] {
        m_status->setText(m_status->text().section(QStringLiteral("<br>"), 0, 0) + QStringLiteral("<br><small>") +
                          m_details.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
                          QStringLiteral("</small>"));
    });

    const int last = m_connection->findData(lastUsedName);
    m_connection->setCurrentIndex(last > 0 ? last : 0);
    onConnectionChanged(m_connection->currentIndex());
}

void SignInDialog::onConnectionChanged(int index) {
    const QString name = m_connection->itemData(index).toString();
    for (const SavedConnection &connection : std::as_const(m_saved)) {
        if (connection.name == name) {
            fillFrom(connection);
            emit savedConnectionChosen(connection);
            return;
        }
    }
    fillFrom({});
}

void SignInDialog::fillFrom(const SavedConnection &connection) {
    m_name->setText(connection.name);
    m_server->setText(connection.baseUrl.toString());
    m_login->setText(connection.login);
    m_caFile->setText(connection.caFile);
    m_remember->setChecked(connection.rememberSecret);
    m_password->clear();
    (m_login->text().isEmpty() ? (m_server->text().isEmpty() ? m_server : m_login) : m_password)->setFocus();
}

SignInRequest SignInDialog::request() const {
    SignInRequest request;
    request.connection.name =
        m_name->text().trimmed().isEmpty() ? QUrl(m_server->text().trimmed()).host() : m_name->text().trimmed();
    request.connection.baseUrl = QUrl(m_server->text().trimmed());
    request.connection.login = m_login->text().trimmed();
    request.connection.caFile = m_caFile->text().trimmed();
    request.connection.rememberSecret = m_remember->isChecked() && m_remember->isEnabled();
    request.password = m_password->text();
    request.offline = m_offline->isChecked();
    return request;
}

bool SignInDialog::validate(QString *problem) const {
    const QUrl url(m_server->text().trimmed());
    if (!url.isValid() || url.host().isEmpty()) {
        *problem = tr("Enter the server's address, for example https://billing.example.com.");
        return false;
    }
    if (url.scheme() != QLatin1String("https")) {
        *problem = tr("The address must start with https:// — CorpCare only talks to servers over TLS.");
        return false;
    }
    if (m_login->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        *problem = tr("Enter your user name and password.");
        return false;
    }
    return true;
}

void SignInDialog::submit() {
    QString problem;
    if (!validate(&problem)) {
        showError(problem);
        return;
    }
    emit signInRequested(request());
}

void SignInDialog::setOffline(bool offline) {
    m_offline->setChecked(offline);
}

void SignInDialog::setBusy(bool busy, const QString &status) {
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_password, m_caFile, m_signIn, m_demo, m_demoLogin, m_offline}) {
        widget->setEnabled(!busy);
    }
    // Signing in again after an expiry keeps the connection and the user fixed.
    for (QWidget *widget : std::initializer_list<QWidget *>{m_connection, m_name, m_server, m_login}) {
        widget->setEnabled(!busy && !m_reauthentication);
    }
    m_remember->setEnabled(!busy && m_rememberAvailable);
    if (busy) {
        m_status->setStyleSheet({});
        m_status->setText(status);
        m_status->show();
    }
}

void SignInDialog::showError(const QString &message, const QString &details) {
    setBusy(false);
    m_details = details;
    m_status->setStyleSheet(QStringLiteral("color: %1").arg(models::warningForeground().color().name()));
    m_status->setText(
        message.toHtmlEscaped() +
        (details.isEmpty() ? QString() : QStringLiteral("<br><a href=\"#details\">%1</a>").arg(tr("Show details"))));
    m_status->show();
    m_password->setFocus();
    m_password->selectAll();
}

void SignInDialog::setPassword(const QString &password) {
    m_password->setText(password);
}

void SignInDialog::setRememberAvailable(bool available, const QString &why) {
    m_rememberAvailable = available;
    m_remember->setEnabled(available);
    m_remember->setToolTip(available ? QString() : why);
    if (!available) {
        m_remember->setChecked(false);
        m_remember->setText(tr("Remember me (not available: %1)").arg(why));
    }
}

void SignInDialog::setReauthentication(const QUrl &server, const QString &login) {
    m_reauthentication = true;
    m_server->setText(server.toString());
    setWindowTitle(tr("Session expired — sign in again"));
    m_connection->setEnabled(false);
    m_name->setEnabled(false);
    m_server->setEnabled(false);
    m_login->setText(login);
    m_login->setEnabled(false);
    m_password->clear();
    m_password->setFocus();
    m_status->setStyleSheet({});
    m_status->setText(tr("Your session has expired. Sign in again to carry on; nothing you did is lost."));
    m_status->show();
}

} // namespace corpcare::views
