// Issue 8, accessibility and keyboard: every control of the main screens has a name a screen reader
// can say, the main screens can be walked with the keyboard alone, and the colours the program sets
// itself stay readable with the light, dark and high-contrast palettes. Run a second time at 200 %
// (QT_SCALE_FACTOR=2, CTest's tst_accessibility_200) for the screenshots at that scale.
#include "models/accounts_model.h"
#include "models/table_columns.h"
#include "support/server_process.h"
#include "views/admin/audit_window.h"
#include "views/admin/portal_users_window.h"
#include "views/archive/download_dialog.h"
#include "views/common/table_view.h"
#include "views/finance/bill_window.h"
#include "views/finance/finance_controller.h"
#include "views/finance/finance_window.h"
#include "views/gui_client.h"
#include "views/main/company_browser.h"
#include "views/operations/operations_controller.h"
#include "views/search/search_panel.h"
#include "views/signin/sign_in_dialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTextEdit>

using namespace corpcare;
using views::testing::bannerText;
using views::testing::Client;
using views::testing::closeNews;
using views::testing::kLoadTimeout;
using views::testing::requestFor;
using views::testing::saveScreenshot;

namespace {

bool isControl(const QWidget *widget) {
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget) ||
           qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget) ||
           qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QPlainTextEdit *>(widget) ||
           qobject_cast<const QTextEdit *>(widget);
}

// The controls of `window` that are shown and a screen reader would name with nothing.
QStringList unnamedControls(QWidget *window) {
    QStringList unnamed;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!isControl(widget) || !widget->isVisibleTo(window) || widget->focusPolicy() == Qt::NoFocus) {
            continue;
        }
        if (qobject_cast<QLineEdit *>(widget) && qobject_cast<QComboBox *>(widget->parentWidget())) {
            continue; // an editable combo box's own line edit: the combo box carries the name
        }
        if (qobject_cast<QAbstractSpinBox *>(widget->parentWidget())) {
            continue;
        }
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty()) {
            unnamed.append(QStringLiteral("%1 %2 in %3")
                               .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                                    QString::fromLatin1(widget->parentWidget()->metaObject()->className())));
        }
    }
    return unnamed;
}

// WCAG 2 contrast ratio of two colours.
double contrast(const QColor &a, const QColor &b) {
    const auto luminance = [](const QColor &color) {
        const auto channel = [](double value) {
            return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
    };
    const double lighter = std::max(luminance(a), luminance(b));
    const double darker = std::min(luminance(a), luminance(b));
    return (lighter + 0.05) / (darker + 0.05);
}

QPalette darkPalette() {
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x20));
    palette.setColor(QPalette::ToolTipText, QColor(0xf5, 0xf5, 0xdc));
    palette.setColor(QPalette::Highlight, QColor(0x2a, 0x6f, 0xb8));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}

QPalette highContrastPalette() {
    QPalette palette;
    for (const auto role :
         {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button, QPalette::ToolTipBase}) {
        palette.setColor(role, Qt::black);
    }
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText}) {
        palette.setColor(role, Qt::white);
    }
    palette.setColor(QPalette::Highlight, Qt::yellow);
    palette.setColor(QPalette::HighlightedText, Qt::black);
    return palette;
}

bool scaled() {
    return qEnvironmentVariable("QT_SCALE_FACTOR") == QLatin1String("2");
}

QString shotName(const QString &name) {
    return scaled() ? name + QStringLiteral("-200") : name;
}

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QString error;
        QVERIFY2(m_server.start({}, &error), qPrintable(error));
    }
    void everyControl_onTheMainScreens_hasAName();
    void keyboardOnly_signInFinanceBillSearchAndBack();
    void colours_readableInLightDarkAndHighContrast_data();
    void colours_readableInLightDarkAndHighContrast();

private:
    QTemporaryDir m_home;
    tests::ServerProcess m_server;
};

void TestAccessibility::everyControl_onTheMainScreens_hasAName() {
    Client client(m_home.filePath(QStringLiteral("names.ini")));
    client.controller.start();
    views::SignInDialog *dialog = client.controller.signInDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QStringList unnamed = unnamedControls(dialog);

    QSignalSpy loaded(&client.controller, &views::ClientController::companyLoaded);
    client.controller.signIn(requestFor(m_server, QStringLiteral("Northwind")));
    QVERIFY2(loaded.wait(kLoadTimeout), qPrintable(bannerText(client.window)));
    QTest::qWait(300);
    closeNews(&client.window);
    views::CompanyBrowser *browser = client.window.browser();
    unnamed += unnamedControls(&client.window);
    browser->showLocation({models::CompanyTreeModel::NodeKind::Account, QStringLiteral("5")});
    unnamed += unnamedControls(&client.window);
    browser->showLocation({models::CompanyTreeModel::NodeKind::ServiceUser, client.data.serviceUsers().front().id});
    unnamed += unnamedControls(&client.window);

    client.controller.openFinance();
    views::FinanceWindow *finance = client.controller.financeWindow();
    QVERIFY(finance);
    for (int tab = 0; tab < finance->tabs()->count(); ++tab) {
        finance->tabs()->setCurrentIndex(tab);
        unnamed += unnamedControls(finance);
    }
    client.controller.operations()->openSearch();
    unnamed += unnamedControls(client.controller.operations()->searchPanel()->window());
    client.controller.openDownload();
    unnamed += unnamedControls(client.controller.downloadDialog());
    client.controller.openPortalUsers();
    unnamed += unnamedControls(client.controller.portalUsersWindow());
    client.controller.openAudit();
    unnamed += unnamedControls(client.controller.auditWindow());
    unnamed.removeDuplicates();
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("no accessible name:\n") + unnamed.join(QLatin1Char('\n'))));
}

void TestAccessibility::keyboardOnly_signInFinanceBillSearchAndBack() {
    Client client(m_home.filePath(QStringLiteral("keys.ini")));
    client.controller.start();
    views::SignInDialog *dialog = client.controller.signInDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    // The dialog opens in the server field of a new connection; Tab walks to the user, then the password.
    QTest::keyClicks(QApplication::focusWidget(), m_server.baseUrl().toString());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("finance"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("corpcare-demo"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), m_server.caFile());
    QSignalSpy loaded(&client.controller, &views::ClientController::companyLoaded);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY2(loaded.wait(kLoadTimeout), qPrintable(bannerText(client.window)));
    QTest::qWait(300);
    closeNews(&client.window);
    client.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&client.window));

    // Ctrl+Shift+F: financial control; its bills come, Enter on one opens the bill; Esc closes it.
    QTest::keyClick(&client.window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    views::FinanceWindow *finance = client.controller.financeWindow();
    QVERIFY(finance);
    QVERIFY(QTest::qWaitForWindowActive(finance));
    auto *financeController = finance->findChild<views::FinanceController *>();
    QSignalSpy financeLoaded(financeController, &views::FinanceController::loaded);
    QVERIFY(!financeController->isLoading() || financeLoaded.wait(kLoadTimeout));
    finance->billsTable()->setFocus();
    QTest::keyClick(finance->billsTable(), Qt::Key_Down);
    QSignalSpy billReady(&client.controller, &views::ClientController::billWindowReady);
    QTest::keyClick(finance->billsTable(), Qt::Key_Return);
    QVERIFY(billReady.wait(30000));
    auto *bill = billReady.first().first().value<views::BillWindow *>();
    QVERIFY(QTest::qWaitForWindowActive(bill));
    QPointer<views::BillWindow> billAlive(bill);
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : bill, Qt::Key_Escape); // a dialog
    QTRY_VERIFY(!billAlive || !billAlive->isVisible());

    // Ctrl+Tab walks financial control's tabs; Ctrl+W closes it too. (A window manager gives the
    // window under the closed one the focus again; the offscreen platform has none.)
    finance->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(finance));
    const int before = finance->tabs()->currentIndex();
    finance->tabs()->currentWidget()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(finance->tabs()->currentIndex(), (before + 1) % finance->tabs()->count());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_W, Qt::ControlModifier);
    QTRY_VERIFY(!finance->isVisible());

    // Ctrl+Shift+U: the search; typing a name and Enter searches; Ctrl+W closes it.
    client.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&client.window));
    QTest::keyClick(&client.window, Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    views::SearchPanel *search = client.controller.operations()->searchPanel();
    QVERIFY(search);
    QVERIFY(QTest::qWaitForWindowActive(search->window()));
    QTRY_COMPARE(QApplication::activeWindow(), search->window()); // the application follows the platform
    saveScreenshot(search->window(), shotName(QStringLiteral("keyboard-search")));
    QPointer<QWidget> searchWindow = search->window();                    // it is deleted when it closes
    QCOMPARE(QApplication::focusWidget()->window(), searchWindow.data()); // the conditions have the focus
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_W, Qt::ControlModifier);
    QTRY_VERIFY(!searchWindow || !searchWindow->isVisible());
    QVERIFY(client.window.isVisible()); // the main window stays: it closes with Ctrl+Q only
}

void TestAccessibility::colours_readableInLightDarkAndHighContrast_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << QStringLiteral("light") << QApplication::style()->standardPalette();
    QTest::newRow("dark") << QStringLiteral("dark") << darkPalette();
    QTest::newRow("high contrast") << QStringLiteral("high-contrast") << highContrastPalette();
}

void TestAccessibility::colours_readableInLightDarkAndHighContrast() {
    QFETCH(QString, name);
    QFETCH(QPalette, palette);
    const QPalette before = QApplication::palette();
    QApplication::setPalette(palette);
    Client client(m_home.filePath(QStringLiteral("colours-%1.ini").arg(name)));
    QSignalSpy loaded(&client.controller, &views::ClientController::companyLoaded);
    client.controller.signIn(requestFor(m_server, QStringLiteral("Northwind")));
    QVERIFY2(loaded.wait(kLoadTimeout), qPrintable(bannerText(client.window)));
    QTest::qWait(300);
    closeNews(&client.window);

    // The accounts that need attention, drawn in the colours the model chose, on the palette's.
    const QAbstractItemModel *accounts = client.window.browser()->accountsTable()->model();
    int attention = 0;
    for (int row = 0; row < accounts->rowCount(); ++row) {
        const QModelIndex index = accounts->index(row, 0);
        const QVariant background = index.data(Qt::BackgroundRole);
        const QVariant foreground = index.data(Qt::ForegroundRole);
        if (!background.isValid() && !foreground.isValid()) {
            continue;
        }
        ++attention;
        const QColor text = foreground.isValid() ? foreground.value<QBrush>().color() : palette.color(QPalette::Text);
        const QColor base = background.isValid() ? background.value<QBrush>().color() : palette.color(QPalette::Base);
        QVERIFY2(contrast(text, base) >= 4.5, qPrintable(QStringLiteral("%1: %2 on %3, contrast %4")
                                                             .arg(name, text.name(), base.name())
                                                             .arg(contrast(text, base))));
    }
    QVERIFY(attention > 0);
    // Warnings in red (suspended lines, over-threshold charges) on the palette's base.
    const QColor warning = models::warningForeground().color();
    QVERIFY2(
        contrast(warning, palette.color(QPalette::Base)) >= 4.5,
        qPrintable(
            QStringLiteral("%1: warning %2 on %3").arg(name, warning.name(), palette.color(QPalette::Base).name())));
    client.window.setOfflineNotice(QStringLiteral("Offline: the notice in this palette"));
    const QColor noticeText = client.window.offlineNotice()->palette().color(QPalette::ToolTipText);
    const QColor noticeBase = client.window.offlineNotice()->palette().color(QPalette::ToolTipBase);
    QVERIFY(contrast(noticeText, noticeBase) >= 4.5);
    saveScreenshot(&client.window, shotName(QStringLiteral("palette-") + name));
    QApplication::setPalette(before);
}

int main(int argc, char *argv[]) {
    return views::testing::runInPrivateHome<TestAccessibility>(argc, argv);
}

#include "tst_accessibility.moc"
