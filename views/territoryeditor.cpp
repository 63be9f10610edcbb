#include "territoryeditor.h"

#include "models/domain/nationalgeography.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace {

constexpr int SpecRole = Qt::UserRole + 1;

QString specKey(const TerritorySpec &spec)
{
    return spec.toString();
}

TerritorySpec specFromKey(const QString &key)
{
    // The keys are the editor's own (specKey()): they always parse.
    const Outcome<TerritorySpec> spec = TerritorySpec::parse(key);
    return spec ? *spec : TerritorySpec();
}

} // namespace

TerritoryEditor::TerritoryEditor(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_pieces(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add →"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("territoryEditor"));
    m_search->setObjectName(QStringLiteral("territorySearch"));
    m_search->setPlaceholderText(tr("An EPCI, a département, a commune: name, postcode, SIREN or INSEE code"));
    m_search->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("territoryResults"));
    m_pieces->setObjectName(QStringLiteral("territoryPieces"));
    m_add->setObjectName(QStringLiteral("territoryAdd"));
    m_remove->setObjectName(QStringLiteral("territoryRemove"));
    m_summary->setObjectName(QStringLiteral("territorySummary"));
    m_summary->setWordWrap(true);
    // Names of EPCIs are long: the lines wrap rather than hide their count.
    for (QListWidget *list : {m_results, m_pieces}) {
        list->setWordWrap(true);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *find = new QLabel(tr("&Find:"), this);
    find->setBuddy(m_search);
    layout->addWidget(find, 0, 0);
    layout->addWidget(m_search, 0, 1);
    layout->addWidget(new QLabel(tr("Territory of the council:"), this), 0, 3);
    layout->addWidget(m_results, 1, 0, 1, 2);
    auto *buttons = new QVBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons, 1, 2);
    layout->addWidget(m_pieces, 1, 3);
    layout->addWidget(m_summary, 2, 0, 1, 4);
    layout->setColumnStretch(1, 1);
    layout->setColumnStretch(3, 1);

    connect(m_search, &QLineEdit::textChanged, this, &TerritoryEditor::search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!m_results->currentItem() && m_results->count() > 0)
            m_results->setCurrentRow(0);
        addCurrent();
    });
    connect(m_add, &QPushButton::clicked, this, &TerritoryEditor::addCurrent);
    connect(m_results, &QListWidget::itemDoubleClicked, this, &TerritoryEditor::addCurrent);
    connect(m_remove, &QPushButton::clicked, this, &TerritoryEditor::removeCurrent);
    connect(m_pieces, &QListWidget::itemDoubleClicked, this, &TerritoryEditor::removeCurrent);
    refreshPieces();
}

void TerritoryEditor::setSpecs(const QList<TerritorySpec> &specs)
{
    m_specs = specs;
    refreshPieces();
    emit specsChanged();
}

QString TerritoryEditor::pieceLabel(const TerritorySpec &spec) const
{
    const NationalGeography &geo = NationalGeography::instance();
    const QLocale locale;
    switch (spec.kind) {
    case TerritorySpec::Kind::Epci:
        if (const NationalGeography::Epci *e = geo.epci(spec.code))
            return tr("%1 — EPCI %2, %n commune(s)", nullptr, int(e->members.size())).arg(e->name, e->siren);
        break;
    case TerritorySpec::Kind::Department:
        if (const NationalGeography::Department *d = geo.department(spec.code))
            return tr("%1 (%2) — département, %n commune(s)", nullptr, int(geo.communesOfDepartment(d->code).size())).arg(d->name, d->code);
        break;
    case TerritorySpec::Kind::Commune:
        if (const NationalGeography::Place *p = geo.currentCommune(spec.code))
            return tr("%1 (%2) — commune, %3, %4 inhabitants").arg(p->name, p->postcodes.value(0), p->insee, locale.toString(p->population));
        break;
    }
    return spec.toString();
}

void TerritoryEditor::search(const QString &text)
{
    m_results->clear();
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return;
    const NationalGeography &geo = NationalGeography::instance();
    auto add = [this](const TerritorySpec &spec, const QString &label) {
        for (int i = 0; i < m_results->count(); ++i) {
            if (m_results->item(i)->data(SpecRole).toString() == specKey(spec))
                return;
        }
        auto *item = new QListWidgetItem(label, m_results);
        item->setData(SpecRole, specKey(spec));
    };
    static const QRegularExpression digits(QStringLiteral("^[0-9AB]+$"), QRegularExpression::CaseInsensitiveOption);
    if (digits.match(typed).hasMatch()) {
        if (const NationalGeography::Epci *e = geo.epci(typed))
            add({TerritorySpec::Kind::Epci, e->siren}, pieceLabel({TerritorySpec::Kind::Epci, e->siren}));
        if (const NationalGeography::Department *d = geo.department(typed))
            add({TerritorySpec::Kind::Department, d->code}, pieceLabel({TerritorySpec::Kind::Department, d->code}));
        if (const NationalGeography::Place *p = geo.currentCommune(typed))
            add({TerritorySpec::Kind::Commune, p->insee}, pieceLabel({TerritorySpec::Kind::Commune, p->insee}));
        for (const NationalGeography::Place *p : geo.placesByPostcode(typed))
            add({TerritorySpec::Kind::Commune, p->insee}, pieceLabel({TerritorySpec::Kind::Commune, p->insee}));
        return;
    }
    for (const NationalGeography::Department *d : geo.departmentsByName(typed))
        add({TerritorySpec::Kind::Department, d->code}, pieceLabel({TerritorySpec::Kind::Department, d->code}));
    for (const NationalGeography::Epci *e : geo.epcisByName(typed, 30))
        add({TerritorySpec::Kind::Epci, e->siren}, pieceLabel({TerritorySpec::Kind::Epci, e->siren}));
    for (const NationalGeography::Place *p : geo.placesByNamePrefix(typed, 40)) {
        if (!p->isArrondissement())
            add({TerritorySpec::Kind::Commune, p->insee}, pieceLabel({TerritorySpec::Kind::Commune, p->insee}));
    }
    for (const NationalGeography::FormerCommune *f : geo.formerByNamePrefix(typed, 10)) {
        if (geo.place(f->currentInsee))
            add({TerritorySpec::Kind::Commune, f->currentInsee},
                tr("%1 — former commune, now part of %2").arg(f->name, pieceLabel({TerritorySpec::Kind::Commune, f->currentInsee})));
    }
}

void TerritoryEditor::addCurrent()
{
    const QListWidgetItem *item = m_results->currentItem();
    if (!item)
        return;
    const TerritorySpec spec = specFromKey(item->data(SpecRole).toString());
    if (m_specs.contains(spec))
        return;
    m_specs << spec;
    refreshPieces();
    emit specsChanged();
}

void TerritoryEditor::removeCurrent()
{
    const QListWidgetItem *item = m_pieces->currentItem();
    if (!item)
        return;
    m_specs.removeAll(specFromKey(item->data(SpecRole).toString()));
    refreshPieces();
    emit specsChanged();
}

void TerritoryEditor::refreshPieces()
{
    m_pieces->clear();
    for (const TerritorySpec &spec : std::as_const(m_specs)) {
        auto *item = new QListWidgetItem(pieceLabel(spec), m_pieces);
        item->setData(SpecRole, specKey(spec));
    }
    const NationalGeography &geo = NationalGeography::instance();
    const std::vector<int> communes = geo.resolve(m_specs, nullptr);
    m_communeCount = int(communes.size());
    m_population = 0;
    for (int i : communes)
        m_population += geo.places()[std::size_t(i)].population;
    m_summary->setText(m_specs.isEmpty()
                           ? tr("No commune yet: find an EPCI, a département or a commune, then add it.")
                           : tr("%n commune(s), %1 inhabitants (municipal population).", nullptr, m_communeCount)
                                 .arg(QLocale().toString(m_population)));
    m_remove->setEnabled(!m_specs.isEmpty());
}
