#include "prompter.h"

#include <QFileDialog>

namespace {
Prompter::QuestionHandler s_question;
Prompter::NoticeHandler s_warning;
Prompter::FileHandler s_file;
Prompter::DialogHandler s_dialog;
} // namespace

void Prompter::setQuestionHandler(QuestionHandler handler)
{
    s_question = std::move(handler);
}

void Prompter::setWarningHandler(NoticeHandler handler)
{
    s_warning = std::move(handler);
}

void Prompter::setFileHandler(FileHandler handler)
{
    s_file = std::move(handler);
}

QMessageBox::StandardButton Prompter::question(QWidget *parent, const QString &title, const QString &text,
                                               QMessageBox::StandardButtons buttons,
                                               QMessageBox::StandardButton defaultButton)
{
    if (s_question)
        return s_question(text);
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void Prompter::warning(QWidget *parent, const QString &title, const QString &text)
{
    if (s_warning) {
        s_warning(text);
        return;
    }
    QMessageBox::warning(parent, title, text);
}

QString Prompter::saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter,
                               QString *selectedFilter)
{
    if (s_file)
        return s_file(caption);
    return QFileDialog::getSaveFileName(parent, caption, dir, filter, selectedFilter);
}

QString Prompter::openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter)
{
    if (s_file)
        return s_file(caption);
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

void Prompter::setDialogHandler(DialogHandler handler)
{
    s_dialog = std::move(handler);
}

QString Prompter::existingDirectory(QWidget *parent, const QString &caption, const QString &dir)
{
    if (s_file)
        return s_file(caption);
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

int Prompter::exec(QDialog *dialog)
{
    if (s_dialog)
        return s_dialog(dialog);
    return dialog->exec();
}
