#include "views/settings/language.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

namespace corpcare::views {

namespace {

const QString kSystem = QStringLiteral("system");
const QString kEnglish = QStringLiteral("en");
const QString kRussian = QStringLiteral("ru");

// Loads `name`_<language>.qm for the locale's UI languages from `directory` into a translator owned
// by the application.
bool installTranslator(QCoreApplication *app, const QLocale &locale, const QString &name, const QString &directory) {
    auto *translator = new QTranslator(app);
    if (!translator->load(locale, name, QStringLiteral("_"), directory) ||
        !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    return true;
}

} // namespace

QString languageSetting(const QSettings &settings) {
    const QString value = settings.value(QLatin1String(kLanguageKey)).toString();
    return value == kEnglish || value == kRussian ? value : kSystem;
}

QLocale localeForLanguage(const QString &setting) {
    const QLocale system = QLocale::system();
    if (setting == kEnglish) {
        return system.language() == QLocale::English ? system : QLocale(QLocale::English, QLocale::UnitedStates);
    }
    if (setting == kRussian) {
        return system.language() == QLocale::Russian ? system : QLocale(QLocale::Russian, QLocale::Russia);
    }
    return system;
}

bool installLanguage(QCoreApplication *app, const QLocale &locale, const QString &qmDirectory) {
    QLocale::setDefault(locale);
    if (installTranslator(app, locale, QStringLiteral("corpcare"), qmDirectory)) {
        // Qt's own dialogs in the same language (not for English: Qt's source language).
        if (locale.language() != QLocale::English) {
            installTranslator(app, locale, QStringLiteral("qtbase"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        }
        return true;
    }
    // A language CorpCare does not speak: English, with its plural forms, and the locale's formats.
    installTranslator(app, QLocale(QLocale::English), QStringLiteral("corpcare"), qmDirectory);
    return locale.language() == QLocale::English || locale.language() == QLocale::C;
}

bool installLanguage(QCoreApplication *app, const QSettings &settings) {
    return installLanguage(app, localeForLanguage(languageSetting(settings)));
}

QMenu *createLanguageMenu(QWidget *parent) {
    auto *menu = new QMenu(QCoreApplication::translate("Language", "&Language"), parent);
    auto *group = new QActionGroup(menu);
    const QString current = languageSetting(QSettings());
    // Each language is named in itself, so that it can be found whatever the interface speaks.
    const QList<std::pair<QString, QString>> choices{
        {kSystem, QCoreApplication::translate("Language", "&System language")},
        {kEnglish, QStringLiteral("&English")},
        {kRussian, QStringLiteral("&Русский")}};
    for (const auto &[value, text] : choices) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(value == current);
        action->setData(value);
        group->addAction(action);
    }
    QObject::connect(group, &QActionGroup::triggered, menu, [parent](QAction *action) {
        QSettings settings;
        const QString chosen = action->data().toString();
        if (languageSetting(settings) == chosen) {
            return;
        }
        settings.setValue(QLatin1String(kLanguageKey), chosen);
        QMessageBox::information(
            parent, QCoreApplication::translate("Language", "Language"),
            QCoreApplication::translate("Language", "The new language applies when CorpCare starts again."));
    });
    return menu;
}

} // namespace corpcare::views
