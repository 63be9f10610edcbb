#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>

class QDialog;
class QWidget;

/// The one door to modal questions and file dialogs, so a test can answer
/// them in advance and never block on exec().
class Prompter
{
public:
    using QuestionHandler = std::function<QMessageBox::StandardButton(const QString &text)>;
    using FileHandler = std::function<QString(const QString &caption)>;
    using NoticeHandler = std::function<void(const QString &text)>;
    using DialogHandler = std::function<int(QDialog *dialog)>;

    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter,
                                QString *selectedFilter = nullptr);
    static QString openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter);
    static QString existingDirectory(QWidget *parent, const QString &caption, const QString &dir);
    /// Runs a dialog of the application modally; a test answers in its place.
    static int exec(QDialog *dialog);

    /// Test seams: when set, they answer instead of a dialog.
    static void setQuestionHandler(QuestionHandler handler);
    static void setWarningHandler(NoticeHandler handler);
    static void setFileHandler(FileHandler handler);
    static void setDialogHandler(DialogHandler handler);
};
