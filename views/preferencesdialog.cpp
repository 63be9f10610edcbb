#include "preferencesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto *form = new QFormLayout(this);
    QSettings settings;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageChoice"));
    m_language->addItem(tr("Language of the system"), QString());
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.value(QStringLiteral("language")).toString())));
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), new QLabel(tr("A new language shows at the next start."), this));
    m_csv = new QComboBox(this);
    m_csv->setObjectName(QStringLiteral("csvChoice"));
    m_csv->addItem(tr("For Excel (semicolon)"), QStringLiteral("excel"));
    m_csv->addItem(tr("Standard (comma)"), QStringLiteral("rfc"));
    m_csv->setCurrentIndex(std::max(0, m_csv->findData(settings.value(QStringLiteral("export/csvFlavour"), QStringLiteral("excel")).toString())));
    form->addRow(tr("CSV &exports:"), m_csv);
    m_backup = new QCheckBox(tr("Keep a backup copy a day, for seven days"), this);
    m_backup->setObjectName(QStringLiteral("dailyBackup"));
    m_backup->setChecked(settings.value(QStringLiteral("backup/daily"), true).toBool());
    form->addRow(tr("&Backups:"), m_backup);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PreferencesDialog::accept()
{
    QSettings settings;
    settings.setValue(QStringLiteral("language"), m_language->currentData().toString());
    settings.setValue(QStringLiteral("export/csvFlavour"), m_csv->currentData().toString());
    settings.setValue(QStringLiteral("backup/daily"), m_backup->isChecked());
    QDialog::accept();
}
