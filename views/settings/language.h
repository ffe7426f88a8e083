#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;
class QMenu;
class QSettings;
class QWidget;

namespace corpcare::views {

// The language of the interface (issue 8): English, Russian, or whatever the system says. Stored in
// QSettings under kLanguageKey as "system", "en" or "ru" and applied when the program starts.
inline constexpr char kLanguageKey[] = "ui/language";

QString languageSetting(const QSettings &settings); // "system" when unset or unknown

// The locale a setting stands for: the system's for "system", else the language's own (the system's
// when it already speaks that language, so its country and formats are kept).
QLocale localeForLanguage(const QString &setting);

// Makes `locale` the default (money, numbers and dates follow it: domain/money_text.h, QLocale()) and
// installs CorpCare's translation from `qmDirectory` (the embedded ":/i18n" in the program) and Qt's
// own (qtbase_*.qm) into `app`. A language without a translation gets the English one (plural forms)
// and keeps its formats. Returns whether the interface speaks the locale's language.
bool installLanguage(QCoreApplication *app, const QLocale &locale,
                     const QString &qmDirectory = QStringLiteral(":/i18n"));

// What main() calls: the stored setting, applied.
bool installLanguage(QCoreApplication *app, const QSettings &settings);

// View → Language: System / English / Русский. Choosing stores the setting and says that it applies
// at the next start.
QMenu *createLanguageMenu(QWidget *parent);

} // namespace corpcare::views
