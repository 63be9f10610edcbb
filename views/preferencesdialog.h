#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

/// The few settings a coordinator may want to change: language, the CSV
/// flavour proposed first, the daily backup.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    void accept() override;

private:
    QComboBox *m_language;
    QComboBox *m_csv;
    QCheckBox *m_backup;
    QLineEdit *m_passphrase;
};
