// The Russian interface (issue 8), as main() installs it: CorpCare's translation, Qt's own and the
// Russian locale, on the demo company. The main screens — the sign-in dialog, the main window's menus,
// tables and status bar, financial control — must show no English string: no text that is one of the
// English source strings (or one filled in from them), and no English word in a control's text.
// Data (the demo company's names, logins, addresses) is the company's own and stays as it is.
#include "domain/money.h"
#include "domain/money_text.h"
#include "export/csv_export.h"
#include "views/common/table_view.h"
#include "views/finance/finance_controller.h"
#include "views/finance/finance_window.h"
#include "views/gui_client.h"
#include "views/main/client_controller.h"
#include "views/main/company_browser.h"
#include "views/main/main_window.h"
#include "views/settings/language.h"
#include "views/signin/sign_in_dialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace corpcare;

using views::testing::bannerText;
using views::testing::Client;
using views::testing::closeNews;
using views::testing::kLoadTimeout;
using views::testing::saveScreenshot;

namespace {

// A text as it is shown: without accelerator marks, and plain when it is rich text.
QString shownText(const QString &text) {
    QString plain = text;
    if (Qt::mightBeRichText(plain)) {
        QTextDocument document;
        document.setHtml(plain);
        plain = document.toPlainText();
    }
    plain.replace(QStringLiteral("&&"), QStringLiteral("\x01")).remove(QLatin1Char('&'));
    return plain.replace(QLatin1Char('\x01'), QLatin1Char('&')).simplified();
}

// One text on the screen and what kind of control shows it. Controls name things ("control": menus,
// buttons, tabs, column headers, hints); labels, lists and titles may also hold the company's data.
struct Shown {
    QString where;
    QString text;
    bool control = false;
};

void collect(QWidget *root, QList<Shown> *out) {
    const auto add = [out](const QString &where, const QString &text, bool control) {
        if (!shownText(text).isEmpty()) {
            out->append({where, shownText(text), control});
        }
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    add(QStringLiteral("window title"), root->windowTitle(), false);
    for (QAction *action : root->findChildren<QAction *>()) {
        if (!action->isSeparator()) {
            add(QStringLiteral("action"), action->text(), true);
            add(QStringLiteral("action tooltip"), action->toolTip(), false);
        }
    }
    for (QWidget *widget : widgets) {
        const QString name = QString::fromLatin1(widget->metaObject()->className());
        add(name + QStringLiteral(" accessible name"), widget->accessibleName(), true);
        add(name + QStringLiteral(" tooltip"), widget->toolTip(), false);
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            add(name, label->text(), false);
            // Without a buddy a label shows its accelerator mark as it is.
            if (!label->buddy() && label->textFormat() != Qt::RichText && !Qt::mightBeRichText(label->text()) &&
                label->text().count(QLatin1Char('&')) != 2 * label->text().count(QStringLiteral("&&"))) {
                out->append({QStringLiteral("QLabel without buddy"), label->text(), true});
            }
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            add(name, button->text(), true);
        } else if (auto *group = qobject_cast<QGroupBox *>(widget)) {
            add(name, group->title(), true);
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(name, tabs->tabText(i), true);
            }
        } else if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
            add(name + QStringLiteral(" placeholder"), edit->placeholderText(), true);
        } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i) {
                add(name, combo->itemText(i), false);
            }
        } else if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
            for (int column = 0; column < view->model()->columnCount(); ++column) {
                add(name + QStringLiteral(" header"), view->model()->headerData(column, Qt::Horizontal).toString(),
                    true);
            }
        }
    }
}

// The English source strings of translations/corpcare_ru.ts whose Russian differs, each as a pattern
// over the shown text: "Signed in as %1" finds "Signed in as admin".
QList<QRegularExpression> englishSources(QString *error) {
    QFile file(qEnvironmentVariable("CORPCARE_SOURCE_DIR") + QStringLiteral("/translations/corpcare_ru.ts"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.fileName() + QStringLiteral(": ") + file.errorString();
        return {};
    }
    QList<QRegularExpression> patterns;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            const QStringList parts = shownText(source).split(QRegularExpression(QStringLiteral("%L?[0-9n]")));
            const bool wordy = parts.join(QString()).contains(QRegularExpression(QStringLiteral("[A-Za-z]{2,}")));
            if (!wordy || shownText(translation) == shownText(source)) {
                continue; // "CorpCare", "SMS", "%1 (%2)": the same in Russian
            }
            QStringList escaped;
            for (const QString &part : parts) {
                escaped.append(QRegularExpression::escape(part));
            }
            patterns.append(
                QRegularExpression(QStringLiteral("^") + escaped.join(QStringLiteral(".*")) + QStringLiteral("$")));
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
    }
    return patterns;
}

// Latin words a Russian interface keeps: names of formats, keys, standards and the program's own.
bool keptWord(const QString &word) {
    static const QStringList kept{
        QStringLiteral("CorpCare"), QStringLiteral("SMS"),    QStringLiteral("CSV"),   QStringLiteral("XLSX"),
        QStringLiteral("PDF"),      QStringLiteral("PNG"),    QStringLiteral("SVG"),   QStringLiteral("Excel"),
        QStringLiteral("Ctrl"),     QStringLiteral("Alt"),    QStringLiteral("Shift"), QStringLiteral("Enter"),
        QStringLiteral("Esc"),      QStringLiteral("Delete"), QStringLiteral("HTTP"),  QStringLiteral("TLS"),
        QStringLiteral("PEM"),      QStringLiteral("https"),  QStringLiteral("xlsx"),  QStringLiteral("csv"),
        QStringLiteral("pdf"),      QStringLiteral("png"),    QStringLiteral("svg")};
    return kept.contains(word);
}

} // namespace

class TestLanguage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void signInDialog_russian_noEnglishLeft();
    void mainWindowAndFinance_russian_noEnglishLeft();
    void languageMenu_choice_storedForTheNextStart();
    void installLanguage_languageWithoutTranslation_englishWithItsPluralsAndTheLocalesFormats();

private:
    // Fails with every English text found among `shown`; `data` are the company's own words.
    void verifyRussian(const QList<Shown> &shown, const QStringList &data);
    QTemporaryDir m_home;
    QList<QRegularExpression> m_english;
};

void TestLanguage::initTestCase() {
    QVERIFY(m_home.isValid());
    // As main() does, with the .qm files of the build instead of the program's embedded copies.
    QVERIFY2(views::installLanguage(qApp, QLocale(QLocale::Russian, QLocale::Russia), QStringLiteral(CORPCARE_QM_DIR)),
             CORPCARE_QM_DIR);
    QCOMPARE(QLocale().language(), QLocale::Russian);
    QString error;
    m_english = englishSources(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_english.size() > 500);
    // Money follows the locale: decimal comma, the symbol after the amount.
    QCOMPARE(domain::formatMoney(domain::Money(123456, QStringLiteral("RUB"))),
             QStringLiteral("1\u00A0234,56\u00A0₽"));
    // Exports to CSV by default with the locale's separators: semicolons and decimal commas.
    QCOMPARE(exports::csvOptionsFor(QLocale()).separator, QLatin1Char(';'));
    QCOMPARE(exports::csvOptionsFor(QLocale()).decimalMark, QLatin1Char(','));
}

void TestLanguage::verifyRussian(const QList<Shown> &shown, const QStringList &data) {
    static const QRegularExpression latinWord(QStringLiteral("[A-Za-z][A-Za-z'-]{2,}"));
    static const QRegularExpression address(QStringLiteral("https?://\\S+|\\S+@\\S+"));
    QStringList english;
    for (const Shown &item : shown) {
        if (item.where == QLatin1String("QLabel without buddy")) {
            english.append(QStringLiteral("a label shows its & (no buddy): \"") + item.text + QStringLiteral("\""));
            continue;
        }
        for (const QRegularExpression &pattern : m_english) {
            if (pattern.match(item.text).hasMatch()) {
                english.append(item.where + QStringLiteral(": \"") + item.text + QStringLiteral("\" (source ") +
                               pattern.pattern() + QStringLiteral(")"));
                break;
            }
        }
        if (!item.control) {
            continue;
        }
        QString text = item.text;
        text.remove(address);
        for (const QString &words : data) {
            text.remove(words);
        }
        auto words = latinWord.globalMatch(text);
        while (words.hasNext()) {
            const QString word = words.next().captured();
            if (!keptWord(word)) {
                english.append(item.where + QStringLiteral(": \"") + item.text + QStringLiteral("\" (") + word +
                               QStringLiteral(")"));
                break;
            }
        }
    }
    english.removeDuplicates();
    QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("English left:\n") + english.join(QLatin1Char('\n'))));
}

void TestLanguage::signInDialog_russian_noEnglishLeft() {
    Client client(m_home.filePath(QStringLiteral("signin.ini")));
    client.controller.start(QString());
    views::SignInDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = client.window.findChild<views::SignInDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    QList<Shown> shown;
    collect(dialog, &shown);
    QVERIFY(shown.size() > 10);
    verifyRussian(shown, {QStringLiteral("admin"), QStringLiteral("finance"), QStringLiteral("head.sales"),
                          QStringLiteral("head.logistics")});
    saveScreenshot(dialog, QStringLiteral("ru-sign-in"));
    dialog->reject();
}

void TestLanguage::mainWindowAndFinance_russian_noEnglishLeft() {
    Client client(m_home.filePath(QStringLiteral("admin.ini")));
    QSignalSpy loaded(&client.controller, &views::ClientController::companyLoaded);
    client.controller.start(QStringLiteral("admin"));
    QVERIFY2(loaded.wait(kLoadTimeout), qPrintable(bannerText(client.window)));
    const bool newsShown =
        QTest::qWaitFor([&client] { return !client.window.findChildren<views::NewsDialog *>().isEmpty(); }, 10000);
    Q_UNUSED(newsShown);
    closeNews(&client.window);
    // The demo's logins, and View → Language → English, named in itself.
    const QStringList logins{QStringLiteral("admin"), QStringLiteral("finance"), QStringLiteral("head.sales"),
                             QStringLiteral("head.logistics"), QStringLiteral("English")};

    QList<Shown> shown;
    collect(&client.window, &shown);
    for (QAction *menu : client.window.menuBar()->actions()) {
        QVERIFY2(!menu->text().contains(QRegularExpression(QStringLiteral("[A-Za-z]"))), qPrintable(menu->text()));
    }
    const QAbstractItemModel *accounts = client.window.browser()->accountsTable()->model();
    QVERIFY(accounts->rowCount() > 0);
    QCOMPARE(accounts->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Лицевой счёт"));
    verifyRussian(shown, logins);
    if (QTest::currentTestFailed()) {
        return;
    }
    saveScreenshot(&client.window, QStringLiteral("ru-accounts"));

    client.controller.openFinance();
    views::FinanceWindow *finance = client.controller.financeWindow();
    QVERIFY(finance);
    auto *financeController = finance->findChild<views::FinanceController *>();
    QSignalSpy done(financeController, &views::FinanceController::loaded);
    QVERIFY(!financeController->isLoading() || done.wait(kLoadTimeout));
    QVERIFY2(finance->windowTitle().startsWith(QStringLiteral("Финансовый контроль")),
             qPrintable(finance->windowTitle()));
    shown.clear();
    collect(finance, &shown);
    verifyRussian(shown, logins);
    saveScreenshot(finance, QStringLiteral("ru-finance"));
}

void TestLanguage::languageMenu_choice_storedForTheNextStart() {
    QSettings().remove(QLatin1String(views::kLanguageKey));
    QWidget parent;
    QMenu *menu = views::createLanguageMenu(&parent);
    QCOMPARE(menu->title(), QStringLiteral("&Язык"));
    const QList<QAction *> choices = menu->actions();
    QCOMPARE(choices.size(), 3);
    QVERIFY(choices.at(0)->isChecked()); // the system's, as nothing is stored
    QCOMPARE(views::languageSetting(QSettings()), QStringLiteral("system"));
    // The next start's message box is answered at once.
    QTimer::singleShot(0, &parent, [] {
        for (QWidget *window : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QDialog *>(window); box && box->isVisible()) {
                box->accept();
            }
        }
    });
    choices.at(2)->trigger(); // Русский
    QCOMPARE(views::languageSetting(QSettings()), QStringLiteral("ru"));
    QCOMPARE(views::localeForLanguage(QStringLiteral("ru")).language(), QLocale::Russian);
    QCOMPARE(views::localeForLanguage(QStringLiteral("en")).language(), QLocale::English);
    QCOMPARE(views::localeForLanguage(QStringLiteral("system")), QLocale::system());
}

void TestLanguage::installLanguage_languageWithoutTranslation_englishWithItsPluralsAndTheLocalesFormats() {
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QVERIFY(!views::installLanguage(qApp, QLocale(QLocale::German, QLocale::Germany), QStringLiteral(CORPCARE_QM_DIR)));
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(QCoreApplication::translate("corpcare::views::AccountChooser", "%n account(s)", nullptr, 1),
             QStringLiteral("1 account"));
    QCOMPARE(QCoreApplication::translate("corpcare::views::AccountChooser", "%n account(s)", nullptr, 3),
             QStringLiteral("3 accounts"));
    QCOMPARE(QCoreApplication::translate("corpcare::views::MainWindow", "&File"), QStringLiteral("&File"));
    QCOMPARE(domain::formatMoney(domain::Money(123456, QStringLiteral("EUR"))), QStringLiteral("1.234,56\u00A0€"));
}

int main(int argc, char *argv[]) {
    return views::testing::runInPrivateHome<TestLanguage>(argc, argv);
}

#include "tst_language.moc"
