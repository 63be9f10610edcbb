#pragma once

#include "models/domain/actor.h"
#include "models/domain/commune.h"
#include "models/domain/consentpurpose.h"
#include "models/domain/validationissue.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStringListModel;
class QTableWidget;
class QTableWidgetItem;
class QTabWidget;
class ReferenceStore;
class SectorStore;

/// Reads and edits one actor: identity, address (commune completed from the
/// reference table, EPCI shown), activity, contacts with their consents and
/// yearly figures. Checks as the user types and says what is wrong; Apply is
/// enabled only for a valid, changed record.
///
/// "Changed" compares values, never signals: the fields are read once right
/// after loading, and the record is modified only when they read otherwise
/// now. actor() writes back only the fields that changed (ActorEdits), so a
/// value a widget rounds or a date it defaults to today is never saved.
class ActorForm : public QWidget
{
    Q_OBJECT

public:
    ActorForm(ReferenceStore *references, SectorStore *sectors, QWidget *parent = nullptr);
    /// Reads the council's territory again (after it changed).
    void reloadTerritory();

    void setActor(const Actor &actor);
    /// Shows @p draft as a new record not yet saved (a duplicate): Apply creates it.
    void setDraft(const Actor &draft);
    /// The record to save: the actor loaded with the fields the user changed.
    Actor actor() const;
    bool isModified() const;
    QList<ValidationIssue> issues() const;
    void clear();
    void reloadSectors();
    /// Puts the cursor in the name field (new actor).
    void focusName();
    /// A page another capability adds to the form (the observatory's grid).
    void addPage(QWidget *page, const QString &title);

signals:
    /// The form now shows this actor (0: a new, unsaved one).
    void actorShown(qint64 id);

    void applyRequested();

private:
    QWidget *buildIdentityPage();
    QWidget *buildAddressPage();
    QWidget *buildActivityPage();
    QWidget *buildContactsPage();
    QWidget *buildFiguresPage();
    QWidget *buildConsentPanel(QWidget *page);
    void connectChanges(QWidget *root);
    Actor readFields() const;
    /// The rows of the contacts table, with their consents.
    QList<Contact> readContacts(qint64 actorId) const;
    /// The rows of the figures table, by year.
    QList<YearFigures> readFigures() const;
    void showConsents();
    void onConsentEdited(int purpose);
    void onContactItemChanged(QTableWidgetItem *item);
    void onSiretEdited(const QString &siret);
    void onChanged();
    void onLegalStatusChosen(const QString &name);
    void onCommuneEdited();
    void addContactRow(const Contact &contact);
    void addFiguresRow(const YearFigures &figures);
    Commune resolvedCommune() const;
    /// Fills the commune completer from the national list: names (former ones too) or a postcode.
    void suggestCommunes(const QString &text);
    QList<ValidationIssue> parseIssues() const;

    ReferenceStore *m_references;
    SectorStore *m_sectors;
    Actor m_original;
    Actor m_shown; ///< the fields as they read right after loading m_original
    bool m_draft = false;
    bool m_loading = false;
    QList<ConsentPurpose> m_purposes;
    QList<Commune> m_communes; ///< of the territory
    QSet<QString> m_territoryInsee;
    QString m_communeInsee; ///< the commune chosen, to tell homonyms apart
    QStringListModel *m_communeSuggestions = nullptr;
    QHash<QString, QString> m_suggestionInsee; ///< suggestion line -> INSEE code

    QTabWidget *m_tabs = nullptr;
    QLabel *m_title = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_acronym = nullptr;
    QComboBox *m_family = nullptr;
    QComboBox *m_legalStatus = nullptr;
    QComboBox *m_legalCategory = nullptr;
    QLineEdit *m_siren = nullptr;
    QLineEdit *m_siret = nullptr;
    QLineEdit *m_rna = nullptr;
    QLineEdit *m_naf = nullptr;
    QComboBox *m_sector = nullptr;
    QSpinBox *m_creationYear = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_postcode = nullptr;
    QLineEdit *m_commune = nullptr;
    QLabel *m_epci = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_website = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLineEdit *m_competencies = nullptr;
    QLineEdit *m_networks = nullptr;
    QCheckBox *m_employer = nullptr;
    QCheckBox *m_interns = nullptr;
    QCheckBox *m_charter = nullptr;
    QDateEdit *m_charterDate = nullptr;
    QComboBox *m_iae = nullptr;
    QCheckBox *m_esus = nullptr;
    QDateEdit *m_esusDate = nullptr;
    QCheckBox *m_publication = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QTableWidget *m_contacts = nullptr;
    struct ConsentRow
    {
        QCheckBox *given = nullptr;
        QDateEdit *on = nullptr;
        QLineEdit *source = nullptr;
    };
    QGroupBox *m_consentPanel = nullptr;
    QList<ConsentRow> m_consentRows;
    QTableWidget *m_figures = nullptr;
    QLabel *m_issues = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
};
