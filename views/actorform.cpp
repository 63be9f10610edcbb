#include "actorform.h"

#include "dateeditformat.h"
#include "models/domain/actoredits.h"
#include "models/domain/actorvalidator.h"
#include "models/domain/clock.h"
#include "models/domain/clock.h"
#include "models/domain/essfamily.h"
#include "models/domain/legalstatus.h"
#include "models/domain/nationalgeography.h"
#include "models/domain/textkey.h"
#include "models/stores/referencestore.h"
#include "models/stores/sectorstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// One column per consent purpose follows the phone, from CConsent on.
enum ContactColumn { CFirst, CLast, CRole, CEmail, CPhone, CConsent };
constexpr int DateRole = Qt::UserRole;
constexpr int SourceRole = Qt::UserRole + 1;
enum FigureColumn { FYear, FHeadcount, FFte, FVolunteers, FMembers, FBudget, FCount };

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setBrush(color);
    p.setPen(color.darker(130));
    p.drawRect(0, 0, 11, 11);
    return QIcon(pixmap);
}

QString splitJoin(const QStringList &list)
{
    return list.join(QLatin1String(", "));
}

QStringList splitTags(const QString &text)
{
    QStringList tags;
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags << tag;
    }
    return tags;
}

/// A number typed the French way ("1 234,5") or the C way ("1234.5").
std::optional<double> parseNumber(const QString &text, bool *ok)
{
    *ok = true;
    QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    t.remove(QChar(0x202F)).remove(QChar(0x00A0)).remove(QLatin1Char(' '));
    bool good = false;
    double value = QLocale().toDouble(t, &good);
    if (!good)
        value = QLocale::c().toDouble(QString(t).replace(QLatin1Char(','), QLatin1Char('.')), &good);
    if (!good) {
        *ok = false;
        return std::nullopt;
    }
    return value;
}

QString formatNumber(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

ActorForm::ActorForm(ReferenceStore *references, SectorStore *sectors, QWidget *parent)
    : QWidget(parent)
    , m_references(references)
    , m_sectors(sectors)
    , m_purposes(ConsentPurpose::all())
{
    setObjectName(QStringLiteral("actorForm"));
    reloadTerritory();

    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("formTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("formTabs"));
    m_tabs->addTab(buildIdentityPage(), tr("&Identity"));
    m_tabs->addTab(buildAddressPage(), tr("&Address"));
    m_tabs->addTab(buildActivityPage(), tr("Acti&vity"));
    m_tabs->addTab(buildContactsPage(), tr("&Contacts"));
    m_tabs->addTab(buildFiguresPage(), tr("&Figures"));
    layout->addWidget(m_tabs, 1);

    m_issues = new QLabel(this);
    m_issues->setObjectName(QStringLiteral("issuesLabel"));
    m_issues->setWordWrap(true);
    m_issues->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    m_issues->setTextFormat(Qt::PlainText);
    layout->addWidget(m_issues);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_revert = new QPushButton(tr("&Revert"), this);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_revert->setToolTip(tr("Forget the changes not yet applied"));
    m_apply = new QPushButton(tr("A&pply"), this);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_apply->setDefault(true);
    m_apply->setToolTip(tr("Save the changes (Ctrl+S); Ctrl+Z takes them back"));
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    layout->addLayout(buttons);

    connect(m_apply, &QPushButton::clicked, this, &ActorForm::applyRequested);
    connect(m_revert, &QPushButton::clicked, this, [this] { setActor(m_original); });

    // Long INSEE labels must not widen the form past the screen.
    for (QComboBox *combo : findChildren<QComboBox *>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
    }
    setStyleSheet(QStringLiteral("*[invalid=\"true\"] { border: 1px solid #c0392b; background: #fdecea; }"));
    connectChanges(this);
    clear();
}

QWidget *ActorForm::buildIdentityPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("Name of the actor (required)"));
    form->addRow(tr("&Name:"), m_name);
    m_acronym = new QLineEdit(page);
    m_acronym->setObjectName(QStringLiteral("acronym"));
    form->addRow(tr("Acron&ym:"), m_acronym);

    m_legalStatus = new QComboBox(page);
    m_legalStatus->setObjectName(QStringLiteral("legalStatus"));
    m_legalStatus->setEditable(true);
    m_legalStatus->addItem(QString());
    for (const LegalStatus &status : LegalStatus::all())
        m_legalStatus->addItem(status.name);
    m_legalStatus->setToolTip(tr("Choosing a status fills in the family and the legal category"));
    connect(m_legalStatus, &QComboBox::textActivated, this, &ActorForm::onLegalStatusChosen);
    form->addRow(tr("&Legal status:"), m_legalStatus);

    m_family = new QComboBox(page);
    m_family->setObjectName(QStringLiteral("family"));
    for (const QString &code : EssFamily::codes())
        m_family->addItem(EssFamily::label(code), code);
    form->addRow(tr("ESS &family:"), m_family);

    m_legalCategory = new QComboBox(page);
    m_legalCategory->setObjectName(QStringLiteral("legalCategory"));
    m_legalCategory->setEditable(true);
    m_legalCategory->addItem(QString(), QString());
    for (const auto &category : m_references->legalCategories())
        m_legalCategory->addItem(QStringLiteral("%1 — %2").arg(category.first, category.second), category.first);
    m_legalCategory->completer()->setFilterMode(Qt::MatchContains);
    m_legalCategory->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_legalCategory->setInsertPolicy(QComboBox::NoInsert);
    m_legalCategory->setToolTip(tr("INSEE legal category: type the code or words of its label"));
    form->addRow(tr("Legal &category (INSEE):"), m_legalCategory);

    m_siren = new QLineEdit(page);
    m_siren->setObjectName(QStringLiteral("siren"));
    m_siren->setPlaceholderText(tr("9 digits"));
    form->addRow(tr("SI&REN:"), m_siren);
    m_siret = new QLineEdit(page);
    m_siret->setObjectName(QStringLiteral("siret"));
    m_siret->setPlaceholderText(tr("14 digits"));
    form->addRow(tr("SIR&ET:"), m_siret);
    m_siret->setToolTip(tr("The SIREN is its first nine digits: it is filled in as you type"));
    connect(m_siret, &QLineEdit::textEdited, this, &ActorForm::onSiretEdited);
    m_rna = new QLineEdit(page);
    m_rna->setObjectName(QStringLiteral("rna"));
    m_rna->setPlaceholderText(tr("W followed by 9 characters"));
    form->addRow(tr("R&NA:"), m_rna);
    m_naf = new QLineEdit(page);
    m_naf->setObjectName(QStringLiteral("naf"));
    m_naf->setPlaceholderText(tr("e.g. 88.99B"));
    form->addRow(tr("NA&F code:"), m_naf);

    m_sector = new QComboBox(page);
    m_sector->setObjectName(QStringLiteral("sector"));
    form->addRow(tr("&Sector:"), m_sector);
    reloadSectors();

    m_creationYear = new QSpinBox(page);
    m_creationYear->setObjectName(QStringLiteral("creationYear"));
    m_creationYear->setRange(0, 2200);
    m_creationYear->setSpecialValueText(tr("unknown"));
    m_creationYear->setGroupSeparatorShown(false);
    form->addRow(tr("Creation &year:"), m_creationYear);
    return page;
}

QWidget *ActorForm::buildAddressPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_address = new QLineEdit(page);
    m_address->setObjectName(QStringLiteral("address"));
    form->addRow(tr("&Address:"), m_address);

    m_commune = new QLineEdit(page);
    m_commune->setObjectName(QStringLiteral("commune"));
    m_commune->setPlaceholderText(tr("Type the first letters of the commune, or its postcode"));
    // The suggestions come from the national list (accents and case ignored,
    // former communes included), so the completer shows them as they are.
    m_communeSuggestions = new QStringListModel(this);
    auto *completer = new QCompleter(m_communeSuggestions, m_commune);
    completer->setObjectName(QStringLiteral("communeCompleter"));
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_commune->setCompleter(completer);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) {
        m_communeInsee = m_suggestionInsee.value(text);
        onCommuneEdited();
    });
    connect(m_commune, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_communeInsee.clear();
        suggestCommunes(text);
    });
    connect(m_commune, &QLineEdit::editingFinished, this, &ActorForm::onCommuneEdited);
    form->addRow(tr("&Commune:"), m_commune);

    m_postcode = new QLineEdit(page);
    m_postcode->setObjectName(QStringLiteral("postcode"));
    m_postcode->setMaxLength(5);
    // A postcode typed first offers its communes.
    connect(m_postcode, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text.trimmed().size() == 5 && resolvedCommune().insee.isEmpty())
            suggestCommunes(text.trimmed());
    });
    form->addRow(tr("&Postcode:"), m_postcode);
    m_epci = new QLabel(page);
    m_epci->setObjectName(QStringLiteral("epciLabel"));
    m_epci->setWordWrap(true);
    form->addRow(tr("EPCI:"), m_epci);

    m_phone = new QLineEdit(page);
    m_phone->setObjectName(QStringLiteral("phone"));
    form->addRow(tr("P&hone:"), m_phone);
    m_email = new QLineEdit(page);
    m_email->setObjectName(QStringLiteral("email"));
    form->addRow(tr("&E-mail:"), m_email);
    m_website = new QLineEdit(page);
    m_website->setObjectName(QStringLiteral("website"));
    form->addRow(tr("&Website:"), m_website);
    return page;
}

QWidget *ActorForm::buildActivityPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_description = new QPlainTextEdit(page);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(60);
    form->addRow(tr("&Description:"), m_description);
    m_competencies = new QLineEdit(page);
    m_competencies->setObjectName(QStringLiteral("competencies"));
    m_competencies->setPlaceholderText(tr("Separated by commas: accounting, communication…"));
    form->addRow(tr("Co&mpetencies:"), m_competencies);
    m_networks = new QLineEdit(page);
    m_networks->setObjectName(QStringLiteral("networks"));
    m_networks->setPlaceholderText(tr("Separated by commas: CRESS, APES…"));
    form->addRow(tr("Net&works:"), m_networks);

    m_employer = new QCheckBox(tr("Em&ployer"), page);
    m_employer->setObjectName(QStringLiteral("employer"));
    m_interns = new QCheckBox(tr("Accepts &interns"), page);
    m_interns->setObjectName(QStringLiteral("acceptsInterns"));
    auto *flags = new QHBoxLayout;
    flags->addWidget(m_employer);
    flags->addWidget(m_interns);
    flags->addStretch();
    form->addRow(QString(), flags);

    m_charter = new QCheckBox(tr("ESS c&harter signed on"), page);
    m_charter->setObjectName(QStringLiteral("charterSigned"));
    m_charterDate = new QDateEdit(page);
    m_charterDate->setObjectName(QStringLiteral("charterDate"));
    m_charterDate->setCalendarPopup(true);
    DateEditFormat::inWords(m_charterDate);
    m_charterDate->setEnabled(false);
    connect(m_charter, &QCheckBox::toggled, m_charterDate, &QWidget::setEnabled);
    auto *charter = new QHBoxLayout;
    charter->addWidget(m_charter);
    charter->addWidget(m_charterDate);
    charter->addStretch();
    form->addRow(QString(), charter);

    m_iae = new QComboBox(page);
    m_iae->setObjectName(QStringLiteral("iaeAgreement"));
    m_iae->addItem(tr("none"), QString());
    for (const char *type : {"ACI", "EI", "ETTI", "AI", "EITI"})
        m_iae->addItem(QString::fromLatin1(type), QString::fromLatin1(type));
    form->addRow(tr("IAE a&greement:"), m_iae);

    m_esus = new QCheckBox(tr("ESUS appro&val since"), page);
    m_esus->setObjectName(QStringLiteral("esus"));
    m_esusDate = new QDateEdit(page);
    m_esusDate->setObjectName(QStringLiteral("esusDate"));
    m_esusDate->setCalendarPopup(true);
    DateEditFormat::inWords(m_esusDate);
    m_esusDate->setEnabled(false);
    connect(m_esus, &QCheckBox::toggled, m_esusDate, &QWidget::setEnabled);
    auto *esus = new QHBoxLayout;
    esus->addWidget(m_esus);
    esus->addWidget(m_esusDate);
    esus->addStretch();
    form->addRow(QString(), esus);

    m_publication = new QCheckBox(tr("Agrees to appear in public documents (guide, Lettre, portal)"), page);
    m_publication->setObjectName(QStringLiteral("publicationConsent"));
    form->addRow(QString(), m_publication);

    m_notes = new QPlainTextEdit(page);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(50);
    form->addRow(tr("N&otes:"), m_notes);
    return page;
}

QWidget *ActorForm::buildContactsPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_contacts = new QTableWidget(0, CConsent + int(m_purposes.size()), page);
    m_contacts->setObjectName(QStringLiteral("contactsTable"));
    QStringList headers = {tr("First name"), tr("Last name"), tr("Role"), tr("E-mail"), tr("Phone")};
    for (const ConsentPurpose &purpose : std::as_const(m_purposes))
        headers << purpose.label;
    m_contacts->setHorizontalHeaderLabels(headers);
    for (int i = 0; i < m_purposes.size(); ++i)
        m_contacts->horizontalHeaderItem(CConsent + i)->setToolTip(m_purposes.at(i).toolTip);
    m_contacts->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_contacts->horizontalHeader()->setStretchLastSection(true);
    m_contacts->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_contacts, 1);
    layout->addWidget(buildConsentPanel(page));
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add a contact"), page);
    add->setObjectName(QStringLiteral("addContact"));
    auto *remove = new QPushButton(tr("Remove the contact"), page);
    remove->setObjectName(QStringLiteral("removeContact"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        addContactRow(Contact());
        m_contacts->setCurrentCell(m_contacts->rowCount() - 1, CFirst);
        m_contacts->editItem(m_contacts->item(m_contacts->rowCount() - 1, CFirst));
        onChanged();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_contacts->currentRow() >= 0) {
            m_contacts->removeRow(m_contacts->currentRow());
            onChanged();
        }
    });
    connect(m_contacts, &QTableWidget::itemChanged, this, &ActorForm::onContactItemChanged);
    connect(m_contacts, &QTableWidget::currentCellChanged, this, &ActorForm::showConsents);
    return page;
}

QWidget *ActorForm::buildConsentPanel(QWidget *page)
{
    // Each purpose its own proof: yes/no, the date and how it was given.
    m_consentPanel = new QGroupBox(tr("Consents of the selected contact"), page);
    m_consentPanel->setObjectName(QStringLiteral("consentPanel"));
    auto *grid = new QGridLayout(m_consentPanel);
    grid->addWidget(new QLabel(tr("Date"), m_consentPanel), 0, 1);
    grid->addWidget(new QLabel(tr("Source (form, meeting, e-mail…)"), m_consentPanel), 0, 2);
    for (int i = 0; i < m_purposes.size(); ++i) {
        const ConsentPurpose &purpose = m_purposes.at(i);
        ConsentRow row;
        row.given = new QCheckBox(purpose.label, m_consentPanel);
        row.given->setObjectName(QStringLiteral("consent_%1").arg(purpose.code));
        row.given->setToolTip(purpose.toolTip);
        row.on = new QDateEdit(m_consentPanel);
        row.on->setObjectName(QStringLiteral("consentDate_%1").arg(purpose.code));
        row.on->setCalendarPopup(true);
        DateEditFormat::inWords(row.on);
        // The earliest date stands for "no date": a consent recorded without one.
        row.on->setMinimumDate(QDate(1900, 1, 1));
        row.on->setSpecialValueText(tr("no date"));
        row.source = new QLineEdit(m_consentPanel);
        row.source->setObjectName(QStringLiteral("consentSource_%1").arg(purpose.code));
        grid->addWidget(row.given, i + 1, 0);
        grid->addWidget(row.on, i + 1, 1);
        grid->addWidget(row.source, i + 1, 2);
        connect(row.given, &QCheckBox::toggled, this, [this, i](bool given) {
            ConsentRow &r = m_consentRows[i];
            if (given && !m_loading && r.on->date() == r.on->minimumDate())
                r.on->setDate(Clock::today());
            onConsentEdited(i);
        });
        connect(row.on, &QDateEdit::dateChanged, this, [this, i] { onConsentEdited(i); });
        connect(row.source, &QLineEdit::textEdited, this, [this, i] { onConsentEdited(i); });
        m_consentRows << row;
    }
    grid->setColumnStretch(2, 1);
    m_consentPanel->setEnabled(false);
    return m_consentPanel;
}

void ActorForm::showConsents()
{
    const int row = m_contacts->currentRow();
    const bool wasLoading = m_loading;
    m_loading = true;
    m_consentPanel->setEnabled(row >= 0);
    for (int i = 0; i < m_purposes.size(); ++i) {
        const QTableWidgetItem *item = row >= 0 ? m_contacts->item(row, CConsent + i) : nullptr;
        const ConsentRow &r = m_consentRows.at(i);
        const bool given = item && item->checkState() == Qt::Checked;
        const QDate on = item ? item->data(DateRole).toDate() : QDate();
        r.given->setChecked(given);
        r.on->setDate(on.isValid() ? on : r.on->minimumDate());
        r.on->setEnabled(given);
        r.source->setText(item ? item->data(SourceRole).toString() : QString());
        r.source->setEnabled(given);
    }
    m_loading = wasLoading;
}

void ActorForm::onConsentEdited(int purpose)
{
    const int row = m_contacts->currentRow();
    QTableWidgetItem *item = row >= 0 ? m_contacts->item(row, CConsent + purpose) : nullptr;
    if (m_loading || !item)
        return;
    const ConsentRow &r = m_consentRows.at(purpose);
    const QDate on = r.on->date() == r.on->minimumDate() ? QDate() : r.on->date();
    r.on->setEnabled(r.given->isChecked());
    r.source->setEnabled(r.given->isChecked());
    m_contacts->blockSignals(true);
    item->setCheckState(r.given->isChecked() ? Qt::Checked : Qt::Unchecked);
    item->setData(DateRole, on);
    item->setData(SourceRole, r.source->text());
    item->setText(ConsentPurpose::proofText(r.given->isChecked(), on, r.source->text()));
    m_contacts->blockSignals(false);
    onChanged();
}

void ActorForm::onContactItemChanged(QTableWidgetItem *item)
{
    if (m_loading)
        return;
    const int purpose = item->column() - CConsent;
    if (purpose >= 0) {
        // Ticked in the table: the same as ticking it in the panel.
        const bool given = item->checkState() == Qt::Checked;
        m_contacts->blockSignals(true);
        if (given && !item->data(DateRole).toDate().isValid())
            item->setData(DateRole, Clock::today());
        item->setText(ConsentPurpose::proofText(given, item->data(DateRole).toDate(), item->data(SourceRole).toString()));
        m_contacts->blockSignals(false);
        if (item->row() == m_contacts->currentRow())
            showConsents();
    }
    onChanged();
}

void ActorForm::onSiretEdited(const QString &siret)
{
    // The SIREN is the SIRET's first nine digits; a SIREN typed apart is kept.
    const QString digits = ActorValidator::digitsOnly(siret);
    const QString siren = ActorValidator::digitsOnly(m_siren->text());
    if (digits.size() < 9 || !(siren.isEmpty() || (digits.startsWith(siren) && siren.size() < 9)))
        return;
    m_siren->setText(digits.left(9));
}

QWidget *ActorForm::buildFiguresPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_figures = new QTableWidget(0, FCount, page);
    m_figures->setObjectName(QStringLiteral("figuresTable"));
    m_figures->setHorizontalHeaderLabels({tr("Year"), tr("Headcount"), tr("FTE"), tr("Volunteers"), tr("Members"), tr("Budget (€)")});
    m_figures->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_figures->verticalHeader()->hide();
    layout->addWidget(m_figures);
    auto *hint = new QLabel(tr("Leave a cell empty when the figure is not known: it is then not counted as zero."), page);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add a year"), page);
    add->setObjectName(QStringLiteral("addYear"));
    auto *remove = new QPushButton(tr("Remove the year"), page);
    remove->setObjectName(QStringLiteral("removeYear"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        int year = Clock::today().year() - 1;
        for (int r = 0; r < m_figures->rowCount(); ++r) {
            if (auto *item = m_figures->item(r, FYear))
                year = std::max(year, item->text().toInt() + 1);
        }
        YearFigures f;
        f.year = year;
        addFiguresRow(f);
        m_figures->setCurrentCell(m_figures->rowCount() - 1, FHeadcount);
        onChanged();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_figures->currentRow() >= 0) {
            m_figures->removeRow(m_figures->currentRow());
            onChanged();
        }
    });
    connect(m_figures, &QTableWidget::itemChanged, this, &ActorForm::onChanged);
    return page;
}

void ActorForm::reloadSectors()
{
    const qint64 current = m_sector->currentData().toLongLong();
    const bool wasLoading = m_loading;
    m_loading = true;
    m_sector->clear();
    m_sector->addItem(tr("(no sector)"), qint64(0));
    const QList<Sector> sectors = m_sectors->all();
    for (const Sector &s : sectors) {
        int depth = 0;
        for (qint64 p = s.parentId; p > 0 && depth < 8; ++depth) {
            const auto it = std::find_if(sectors.cbegin(), sectors.cend(), [p](const Sector &x) { return x.id == p; });
            p = it == sectors.cend() ? 0 : it->parentId;
        }
        m_sector->addItem(swatch(s.color), QString(depth * 4, QLatin1Char(' ')) + s.name, s.id);
    }
    m_sector->setCurrentIndex(std::max(0, m_sector->findData(current)));
    m_loading = wasLoading;
}

void ActorForm::connectChanges(QWidget *root)
{
    for (QLineEdit *edit : root->findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, this, &ActorForm::onChanged);
    for (QComboBox *combo : root->findChildren<QComboBox *>())
        connect(combo, &QComboBox::currentIndexChanged, this, &ActorForm::onChanged);
    for (QCheckBox *check : root->findChildren<QCheckBox *>())
        connect(check, &QCheckBox::toggled, this, &ActorForm::onChanged);
    for (QSpinBox *spin : root->findChildren<QSpinBox *>())
        connect(spin, &QSpinBox::valueChanged, this, &ActorForm::onChanged);
    for (QDateEdit *date : root->findChildren<QDateEdit *>())
        connect(date, &QDateEdit::dateChanged, this, &ActorForm::onChanged);
    for (QPlainTextEdit *text : root->findChildren<QPlainTextEdit *>())
        connect(text, &QPlainTextEdit::textChanged, this, &ActorForm::onChanged);
}

void ActorForm::clear()
{
    setActor(Actor());
}

void ActorForm::addPage(QWidget *page, const QString &title)
{
    m_tabs->addTab(page, title);
}

void ActorForm::focusName()
{
    m_tabs->setCurrentIndex(0);
    m_name->setFocus();
    m_name->selectAll();
}

void ActorForm::setActor(const Actor &a)
{
    m_loading = true;
    m_original = a;
    m_draft = false;
    m_name->setText(a.name);
    m_acronym->setText(a.acronym);
    m_family->setCurrentIndex(std::max(0, m_family->findData(a.family)));
    m_legalStatus->setCurrentText(a.legalStatus);
    const int category = m_legalCategory->findData(a.legalCategory);
    m_legalCategory->setCurrentIndex(category >= 0 ? category : 0);
    m_siren->setText(a.siren);
    m_siret->setText(a.siret);
    m_rna->setText(a.rna);
    m_naf->setText(a.naf);
    m_sector->setCurrentIndex(std::max(0, m_sector->findData(a.sectorId)));
    m_creationYear->setValue(a.creationYear);
    m_address->setText(a.address);
    m_commune->setText(a.communeName);
    m_communeInsee = a.communeInsee;
    m_postcode->setText(a.postcode);
    m_phone->setText(a.phone);
    m_email->setText(a.email);
    m_website->setText(a.website);
    m_description->setPlainText(a.description);
    m_competencies->setText(splitJoin(a.competencies));
    m_networks->setText(splitJoin(a.networks));
    m_employer->setChecked(a.employer);
    m_interns->setChecked(a.acceptsInterns);
    m_charter->setChecked(a.charterSignedOn.isValid());
    m_charterDate->setDate(a.charterSignedOn.isValid() ? a.charterSignedOn : Clock::today());
    m_iae->setCurrentIndex(std::max(0, m_iae->findData(a.iaeAgreement)));
    m_esus->setChecked(a.esusAgreement);
    m_esusDate->setDate(a.esusAgreedOn.isValid() ? a.esusAgreedOn : Clock::today());
    m_publication->setChecked(a.publicationConsent);
    m_notes->setPlainText(a.notes);
    m_contacts->setRowCount(0);
    for (const Contact &c : a.contacts)
        addContactRow(c);
    m_figures->setRowCount(0);
    for (const YearFigures &f : a.figures)
        addFiguresRow(f);
    m_contacts->setCurrentCell(-1, -1);
    showConsents();
    m_loading = false;
    onCommuneEdited();
    m_title->setText(a.id == 0 ? (a.name.isEmpty() ? tr("New actor") : tr("New actor: %1").arg(a.name))
                               : (a.archived ? tr("%1 (archived)").arg(a.name) : a.name));
    // What the fields say of the actor as loaded, normalised as they are:
    // the reference against which "modified" is judged.
    m_shown = readFields();
    onChanged();
    emit actorShown(a.id);
}

void ActorForm::setDraft(const Actor &draft)
{
    setActor(draft);
    m_original = Actor();
    m_draft = true;
    onChanged();
}

void ActorForm::addContactRow(const Contact &c)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = m_contacts->rowCount();
    m_contacts->insertRow(row);
    auto text = [&](int column, const QString &value) {
        auto *item = new QTableWidgetItem(value);
        m_contacts->setItem(row, column, item);
        return item;
    };
    text(CFirst, c.firstName)->setData(Qt::UserRole, c.id);
    text(CLast, c.lastName);
    text(CRole, c.role);
    text(CEmail, c.email);
    text(CPhone, c.phone);
    for (int i = 0; i < m_purposes.size(); ++i) {
        const ConsentPurpose &purpose = m_purposes.at(i);
        const bool given = c.*purpose.given;
        auto *item = new QTableWidgetItem(ConsentPurpose::proofText(given, c.*purpose.on, c.*purpose.source));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(given ? Qt::Checked : Qt::Unchecked);
        item->setData(DateRole, c.*purpose.on);
        item->setData(SourceRole, c.*purpose.source);
        item->setToolTip(tr("Date and source below, under “Consents of the selected contact”"));
        m_contacts->setItem(row, CConsent + i, item);
    }
    m_loading = wasLoading;
}

void ActorForm::addFiguresRow(const YearFigures &f)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = m_figures->rowCount();
    m_figures->insertRow(row);
    auto cell = [&](int column, const QString &value) {
        auto *item = new QTableWidgetItem(value);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_figures->setItem(row, column, item);
    };
    cell(FYear, QString::number(f.year));
    cell(FHeadcount, f.headcount ? QLocale().toString(*f.headcount) : QString());
    cell(FFte, f.fte ? formatNumber(*f.fte, 1) : QString());
    cell(FVolunteers, f.volunteers ? QLocale().toString(*f.volunteers) : QString());
    cell(FMembers, f.members ? QLocale().toString(*f.members) : QString());
    cell(FBudget, f.budgetCents ? formatNumber(double(*f.budgetCents) / 100.0, 0) : QString());
    m_loading = wasLoading;
}

void ActorForm::onLegalStatusChosen(const QString &name)
{
    const LegalStatus status = LegalStatus::find(name);
    if (status.name.isEmpty())
        return;
    m_family->setCurrentIndex(std::max(0, m_family->findData(status.family)));
    const int category = m_legalCategory->findData(status.legalCategory);
    if (category >= 0)
        m_legalCategory->setCurrentIndex(category);
}

void ActorForm::reloadTerritory()
{
    m_communes = m_references->communes();
    m_territoryInsee.clear();
    for (const Commune &c : std::as_const(m_communes))
        m_territoryInsee.insert(c.insee);
}

void ActorForm::suggestCommunes(const QString &text)
{
    const NationalGeography &geo = NationalGeography::instance();
    QList<const NationalGeography::Place *> places;
    const QString typed = text.trimmed();
    if (!typed.isEmpty() && typed.at(0).isDigit()) {
        places = geo.placesByPostcode(typed);
    } else if (typed.size() >= 2) {
        for (const NationalGeography::Place *p : geo.placesByNamePrefix(typed, 30)) {
            if (!p->isArrondissement())
                places << p;
        }
        for (const NationalGeography::FormerCommune *f : geo.formerByNamePrefix(typed, 10)) {
            if (const NationalGeography::Place *p = geo.place(f->currentInsee); p && !places.contains(p))
                places << p;
        }
    }
    QStringList lines;
    m_suggestionInsee.clear();
    for (const NationalGeography::Place *p : places) {
        QString line = QStringLiteral("%1 (%2)").arg(p->name, p->postcodes.value(0));
        if (!m_territoryInsee.contains(p->insee))
            line = tr("%1 — outside the territory, %2").arg(line, p->department);
        if (m_suggestionInsee.contains(line))
            line += QStringLiteral(" [%1]").arg(p->insee);
        lines << line;
        m_suggestionInsee.insert(line, p->insee);
    }
    m_communeSuggestions->setStringList(lines);
    if (!lines.isEmpty() && m_commune->completer())
        m_commune->completer()->complete();
}

Commune ActorForm::resolvedCommune() const
{
    const NationalGeography &geo = NationalGeography::instance();
    QString text = m_commune->text().trimmed();
    if (m_suggestionInsee.contains(text))
        return geo.communeRecord(m_suggestionInsee.value(text), m_territoryInsee);
    static const QRegularExpression withPostcode(QStringLiteral("^(.*?)\\s*\\((\\d{5})\\)$"));
    const auto m = withPostcode.match(text);
    QString postcode = m_postcode->text().trimmed();
    if (m.hasMatch()) {
        text = m.captured(1);
        postcode = m.captured(2);
    }
    const QString key = TextKey::normalizedName(text);
    if (key.isEmpty())
        return {};
    if (!m_communeInsee.isEmpty()) {
        const Commune chosen = geo.communeRecord(m_communeInsee, m_territoryInsee);
        if (TextKey::normalizedName(chosen.name) == key)
            return chosen;
    }
    for (const Commune &c : m_communes) {
        if (TextKey::normalizedName(c.name) == key)
            return c;
    }
    // Anywhere in France: the one commune of that name (the one of that postcode among homonyms).
    QList<const NationalGeography::Place *> same;
    for (const NationalGeography::Place *p : geo.placesByNamePrefix(text, 200)) {
        if (!p->isArrondissement() && TextKey::normalizedName(p->name) == key)
            same << p;
    }
    if (same.size() > 1) {
        for (const NationalGeography::Place *p : same) {
            if (p->postcodes.contains(postcode))
                return geo.communeRecord(p->insee, m_territoryInsee);
        }
    }
    return same.size() == 1 ? geo.communeRecord(same.first()->insee, m_territoryInsee) : Commune();
}

void ActorForm::onCommuneEdited()
{
    const Commune c = resolvedCommune();
    const bool wasLoading = m_loading;
    m_loading = true;
    if (!c.insee.isEmpty()) {
        if (m_commune->text() != c.name)
            m_commune->setText(c.name);
        if (m_postcode->text().isEmpty())
            m_postcode->setText(c.postcodes.value(0));
        m_communeInsee = c.insee;
        const QString epci = c.epciName.isEmpty() ? tr("none") : c.epciName;
        m_epci->setText(c.inTerritory ? epci : tr("%1 — outside the council's territory").arg(epci));
    } else if (!m_commune->text().trimmed().isEmpty()) {
        m_epci->setText(tr("not found in the national list of communes: the commune and postcode are kept as typed"));
    } else {
        m_epci->clear();
    }
    m_loading = wasLoading;
    onChanged();
}

Actor ActorForm::actor() const
{
    return m_draft ? readFields() : ActorEdits::apply(m_original, m_shown, readFields());
}

Actor ActorForm::readFields() const
{
    Actor a = m_original;
    a.name = m_name->text().trimmed();
    a.acronym = m_acronym->text().trimmed();
    a.family = m_family->currentData().toString();
    a.legalStatus = m_legalStatus->currentText().trimmed();
    a.legalCategory = m_legalCategory->currentData().toString();
    if (m_legalCategory->currentIndex() <= 0 || m_legalCategory->currentText() != m_legalCategory->itemText(m_legalCategory->currentIndex())) {
        // A code typed by hand, "9220" or "9220 — ...".
        const QString typed = m_legalCategory->currentText().trimmed().left(4);
        const int found = m_legalCategory->findData(typed);
        a.legalCategory = found >= 0 ? typed : QString();
    }
    a.siren = ActorValidator::digitsOnly(m_siren->text()).isEmpty() ? m_siren->text().trimmed()
                                                                     : m_siren->text().remove(QLatin1Char(' ')).trimmed();
    a.siret = m_siret->text().remove(QLatin1Char(' ')).trimmed();
    a.rna = m_rna->text().trimmed().toUpper();
    a.naf = m_naf->text().trimmed().toUpper();
    a.sectorId = m_sector->currentData().toLongLong();
    a.creationYear = m_creationYear->value();
    a.address = m_address->text().trimmed();
    const Commune c = resolvedCommune();
    a.communeInsee = c.insee;
    a.communeName = c.insee.isEmpty() ? m_commune->text().trimmed() : c.name;
    a.postcode = m_postcode->text().trimmed();
    a.phone = m_phone->text().trimmed();
    a.email = m_email->text().trimmed();
    a.website = m_website->text().trimmed();
    a.description = m_description->toPlainText().trimmed();
    a.competencies = splitTags(m_competencies->text());
    a.networks = splitTags(m_networks->text());
    a.employer = m_employer->isChecked();
    a.acceptsInterns = m_interns->isChecked();
    a.charterSignedOn = m_charter->isChecked() ? m_charterDate->date() : QDate();
    a.iaeAgreement = m_iae->currentData().toString();
    a.esusAgreement = m_esus->isChecked();
    a.esusAgreedOn = m_esus->isChecked() ? m_esusDate->date() : QDate();
    a.publicationConsent = m_publication->isChecked();
    a.notes = m_notes->toPlainText().trimmed();

    a.contacts = readContacts(a.id);
    a.figures = readFigures();
    return a;
}

QList<Contact> ActorForm::readContacts(qint64 actorId) const
{
    QList<Contact> contacts;
    for (int r = 0; r < m_contacts->rowCount(); ++r) {
        auto text = [&](int column) {
            const QTableWidgetItem *item = m_contacts->item(r, column);
            return item ? item->text().trimmed() : QString();
        };
        Contact c;
        c.id = m_contacts->item(r, CFirst) ? m_contacts->item(r, CFirst)->data(Qt::UserRole).toLongLong() : 0;
        c.actorId = actorId;
        c.firstName = text(CFirst);
        c.lastName = text(CLast);
        c.role = text(CRole);
        c.email = text(CEmail);
        c.phone = text(CPhone);
        for (int i = 0; i < m_purposes.size(); ++i) {
            const ConsentPurpose &purpose = m_purposes.at(i);
            const QTableWidgetItem *item = m_contacts->item(r, CConsent + i);
            const bool given = item && item->checkState() == Qt::Checked;
            c.*purpose.given = given;
            c.*purpose.on = given ? item->data(DateRole).toDate() : QDate();
            c.*purpose.source = given ? item->data(SourceRole).toString().trimmed() : QString();
        }
        contacts << c;
    }
    return contacts;
}

QList<YearFigures> ActorForm::readFigures() const
{
    QList<YearFigures> figures;
    for (int r = 0; r < m_figures->rowCount(); ++r) {
        auto value = [&](int column) {
            const QTableWidgetItem *item = m_figures->item(r, column);
            bool ok = true;
            return item ? parseNumber(item->text(), &ok) : std::nullopt;
        };
        YearFigures f;
        f.year = int(value(FYear).value_or(0));
        if (auto v = value(FHeadcount))
            f.headcount = int(*v);
        if (auto v = value(FFte))
            f.fte = *v;
        if (auto v = value(FVolunteers))
            f.volunteers = int(*v);
        if (auto v = value(FMembers))
            f.members = int(*v);
        if (auto v = value(FBudget))
            f.budgetCents = qint64(std::llround(*v * 100.0));
        figures << f;
    }
    std::sort(figures.begin(), figures.end(), [](const YearFigures &x, const YearFigures &y) { return x.year < y.year; });
    return figures;
}

QList<ValidationIssue> ActorForm::parseIssues() const
{
    QList<ValidationIssue> issues;
    for (int r = 0; r < m_figures->rowCount(); ++r) {
        for (int column = 0; column < FCount; ++column) {
            const QTableWidgetItem *item = m_figures->item(r, column);
            bool ok = true;
            if (item)
                parseNumber(item->text(), &ok);
            if (!ok) {
                issues << ValidationIssue{QStringLiteral("figures"),
                                          tr("“%1” in the yearly figures is not a number: type digits only, as 12 or 3,5.").arg(item->text())};
            }
        }
    }
    const QString category = m_legalCategory->currentText().trimmed();
    if (!category.isEmpty() && readFields().legalCategory.isEmpty()) {
        issues << ValidationIssue{QStringLiteral("legalCategory"),
                                  tr("“%1” is not an INSEE legal category: choose one in the list, or type its four-digit code.").arg(category)};
    }
    return issues;
}

QList<ValidationIssue> ActorForm::issues() const
{
    const Actor a = actor();
    const Commune c = resolvedCommune();
    return parseIssues() + ActorValidator::validate(a, c.postcodes);
}

bool ActorForm::isModified() const
{
    return m_draft || !readFields().sameContent(m_shown);
}

void ActorForm::onChanged()
{
    if (m_loading)
        return;
    const QList<ValidationIssue> found = issues();
    QStringList messages;
    QSet<QString> fields;
    for (const ValidationIssue &issue : found) {
        messages << issue.message;
        fields << issue.field;
    }
    m_issues->setText(messages.join(QLatin1Char('\n')));
    m_issues->setVisible(!messages.isEmpty());
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_siren, m_siret, m_rna, m_email, m_postcode,
                                                       m_creationYear, m_figures, m_contacts, m_legalCategory}) {
        const bool invalid = fields.contains(w->objectName()) || (w == m_figures && fields.contains(QStringLiteral("figures")))
            || (w == m_contacts && fields.contains(QStringLiteral("contacts")));
        if (w->property("invalid").toBool() != invalid) {
            w->setProperty("invalid", invalid);
            w->style()->unpolish(w);
            w->style()->polish(w);
        }
    }
    const bool modified = isModified();
    m_apply->setEnabled(modified && found.isEmpty());
    m_revert->setEnabled(modified);
}
