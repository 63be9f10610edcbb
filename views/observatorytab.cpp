#include "observatorytab.h"

#include "chartpanel.h"
#include "communelistdialog.h"
#include "facetcombo.h"
#include "models/domain/essfamily.h"
#include "models/observatory/observatoryengine.h"
#include "models/stores/actorstore.h"
#include "models/stores/observatorystore.h"
#include "models/stores/referencefigurestore.h"
#include "models/stores/referencestore.h"
#include "models/stores/sectorstore.h"
#include "presentationwindow.h"
#include "referencefiguresdialog.h"

#include <QAction>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QTimer>
#include <QToolTip>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {
enum KeyFigure { KeyActors, KeyEmployers, KeyJobs, KeyFte, KeyVolunteers, KeyMembers, KeyShare, KeyCount };
}

ObservatoryTab::ObservatoryTab(ActorStore *actors, SectorStore *sectors, ReferenceStore *references, ReferenceFigureStore *figures,
                               ObservatoryStore *observatory, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_actors(actors)
    , m_sectors(sectors)
    , m_references(references)
    , m_figures(figures)
    , m_observatory(observatory)
    , m_undoStack(undoStack)
    , m_engine(std::make_unique<ObservatoryEngine>(actors->connectionName()))
{
    setObjectName(QStringLiteral("observatoryTab"));
    auto *layout = new QVBoxLayout(this);

    createActions();

    auto *bar = new QWidget(this);
    buildFilterBar(bar);
    layout->addWidget(bar);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("observatoryScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *contentLayout = new QVBoxLayout(content);

    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("observatoryTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    contentLayout->addWidget(m_title);

    QWidget *keys = buildKeyFigures();
    contentLayout->addWidget(keys);

    // Doubtful figures, each with the actors that cause it, one click away.
    m_warnings = new QFrame(content);
    m_warnings->setObjectName(QStringLiteral("observatoryWarnings"));
    m_warnings->setFrameShape(QFrame::StyledPanel);
    m_warnings->setStyleSheet(QStringLiteral("QFrame#observatoryWarnings { background: #fff4e5; border: 1px solid #e67e22; }"));
    m_warningList = new QVBoxLayout(m_warnings);
    m_warnings->hide();
    contentLayout->addWidget(m_warnings);

    // Other capabilities add their block here (see extraArea()).
    m_extraArea = new QVBoxLayout;
    contentLayout->addLayout(m_extraArea);

    QGridLayout *grid = buildCharts();
    contentLayout->addLayout(grid, 1);
    scroll->setWidget(content);
    layout->addWidget(scroll, 1);

    connectStores();
    connect(m_sectors, &SectorStore::sectorsChanged, this, [this] {
        m_engine->invalidate();
        reloadChoices();
        markDirty();
    });
}

void ObservatoryTab::connectStores()
{
    connect(m_actors, &ActorStore::actorSaved, this, [this](qint64 id) {
        m_engine->refreshActor(id);
        reloadChoices(); // a first figure for a new year adds the year
        markDirty();
    });
    connect(m_actors, &ActorStore::actorRemoved, this, [this](qint64 id) {
        m_engine->refreshActor(id);
        markDirty();
    });
    connect(m_actors, &ActorStore::actorsReset, this, [this] {
        m_engine->invalidate();
        reloadChoices();
        markDirty();
    });
    connect(m_observatory, &ObservatoryStore::actorDetailsChanged, this, [this](qint64 id) {
        m_engine->refreshActor(id);
        markDirty();
    });
    connect(m_observatory, &ObservatoryStore::scoresChanged, this, [this] {
        reloadChoices();
        markDirty();
    });
    connect(m_observatory, &ObservatoryStore::communeListsChanged, this, [this] {
        reloadChoices();
        markDirty();
    });
    connect(m_figures, &ReferenceFigureStore::figuresChanged, this, &ObservatoryTab::markDirty);
}

QGridLayout *ObservatoryTab::buildCharts()
{
    auto *grid = new QGridLayout;
    const QList<ObservatoryCharts::Kind> kinds = ObservatoryCharts::kinds();
    for (int i = 0; i < kinds.size(); ++i) {
        auto *panel = new ChartPanel(kinds.at(i), this);
        panel->setMinimumHeight(380);
        grid->addWidget(panel, i / 2, i % 2);
        connect(panel, &ChartPanel::drillDownRequested, this, [this, kind = kinds.at(i)](const QList<qint32> &ids, const QString &label) {
            onDrillDown(kind, ids, label);
        });
        connect(panel, &ChartPanel::statusMessage, this, &ObservatoryTab::statusMessage);
        m_panels << panel;
    }
    return grid;
}

QWidget *ObservatoryTab::buildKeyFigures()
{
    auto *keys = new QFrame(this);
    keys->setObjectName(QStringLiteral("keyFigures"));
    keys->setFrameShape(QFrame::StyledPanel);
    auto *keyGrid = new QGridLayout(keys);
    const QStringList keyNames = {tr("Actors"), tr("Employer actors"), tr("Jobs"), tr("FTE"), tr("Volunteers"), tr("Members"),
                                  tr("Share of salaried employment")};
    const QStringList keyObjects = {QStringLiteral("keyActors"), QStringLiteral("keyEmployers"), QStringLiteral("keyJobs"),
                                    QStringLiteral("keyFte"), QStringLiteral("keyVolunteers"), QStringLiteral("keyMembers"),
                                    QStringLiteral("keyShare")};
    QFont valueFont = font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.8);
    valueFont.setBold(true);
    for (int i = 0; i < KeyCount; ++i) {
        auto *value = new QLabel(keys);
        value->setObjectName(keyObjects.at(i));
        value->setFont(valueFont);
        value->setAlignment(Qt::AlignCenter);
        auto *name = new QLabel(keyNames.at(i), keys);
        name->setAlignment(Qt::AlignCenter);
        keyGrid->addWidget(value, 0, i);
        keyGrid->addWidget(name, 1, i);
        m_keyValues << value;
    }
    m_estimateNote = new QLabel(keys);
    m_estimateNote->setObjectName(QStringLiteral("keyEstimateNote"));
    m_estimateNote->setWordWrap(true);
    keyGrid->addWidget(m_estimateNote, 2, 0, 1, KeyCount);
    m_shareNote = new QLabel(keys);
    m_shareNote->setObjectName(QStringLiteral("keyShareNote"));
    m_shareNote->setWordWrap(true);
    keyGrid->addWidget(m_shareNote, 3, 0, 1, KeyCount);
    return keys;
}

void ObservatoryTab::createActions()
{
    m_presentationAction = new QAction(QIcon::fromTheme(QStringLiteral("view-presentation")), tr("&Presentation mode"), this);
    m_presentationAction->setObjectName(QStringLiteral("presentationAction"));
    m_presentationAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_presentationAction->setToolTip(tr("Full screen, one chart per screen; arrows and Page Up/Down move, Esc leaves (F5)"));
    connect(m_presentationAction, &QAction::triggered, this, &ObservatoryTab::showPresentation);
    m_portraitAction = new QAction(QIcon::fromTheme(QStringLiteral("document-print-preview")), tr("Print the &portrait of the territory…"), this);
    m_portraitAction->setObjectName(QStringLiteral("portraitAction"));
    m_portraitAction->setToolTip(tr("The observatory's report for the year and territory shown: figures, charts, tables and sources"));
    connect(m_portraitAction, &QAction::triggered, this, [this] {
        if (m_dirty)
            refresh();
        emit portraitRequested(filter());
    });
    m_referencesAction = new QAction(tr("&Reference figures…"), this);
    m_referencesAction->setObjectName(QStringLiteral("referenceFiguresAction"));
    m_referencesAction->setToolTip(tr("Employment totals and published ESS figures per territory and year, with their sources"));
    connect(m_referencesAction, &QAction::triggered, this, &ObservatoryTab::editReferenceFigures);
    m_listsAction = new QAction(tr("Lists of &communes…"), this);
    m_listsAction->setObjectName(QStringLiteral("communeListsAction"));
    connect(m_listsAction, &QAction::triggered, this, &ObservatoryTab::editCommuneLists);
}

ObservatoryTab::~ObservatoryTab() = default;

void ObservatoryTab::setWritePolicy(const WritePolicy &policy)
{
    const QString why = policy.councilRefusal();
    m_referencesAction->setEnabled(why.isEmpty());
    m_referencesAction->setToolTip(why.isEmpty() ? tr("Employment totals and published ESS figures per territory and year, with their sources")
                                                 : why);
    m_listsAction->setEnabled(why.isEmpty());
    m_listsAction->setToolTip(why);
}

QList<QAction *> ObservatoryTab::actions() const
{
    return {m_presentationAction, m_portraitAction, m_referencesAction, m_listsAction};
}

void ObservatoryTab::buildFilterBar(QWidget *bar)
{
    // Two rows, so that the bar fits a laptop screen of 1,280 pixels.
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    auto *tools = new QHBoxLayout;
    rows->addLayout(row);
    rows->addLayout(tools);
    m_year = new QComboBox(bar);
    m_year->setObjectName(QStringLiteral("observatoryYear"));
    m_territory = new QComboBox(bar);
    m_territory->setObjectName(QStringLiteral("observatoryTerritory"));
    m_family = new QComboBox(bar);
    m_family->setObjectName(QStringLiteral("observatoryFamily"));
    m_sector = new QComboBox(bar);
    m_sector->setObjectName(QStringLiteral("observatorySector"));
    row->addWidget(new QLabel(tr("Year:"), bar));
    row->addWidget(m_year);
    row->addWidget(new QLabel(tr("Territory:"), bar));
    for (QComboBox *combo : {m_territory, m_family, m_sector})
        FacetCombo::fit(combo, 18);
    row->addWidget(m_territory, 2);
    row->addWidget(m_family, 1);
    row->addWidget(m_sector, 1);
    m_compareYear = new QComboBox(bar);
    m_compareYear->setObjectName(QStringLiteral("observatoryCompareYear"));
    m_compareYear->setToolTip(tr("Year the social utility profile is compared with"));
    tools->addWidget(new QLabel(tr("Grid compared with:"), bar));
    tools->addWidget(m_compareYear);
    tools->addStretch();
    for (QAction *action : actions()) {
        auto *button = new QToolButton(bar);
        button->setDefaultAction(action);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        tools->addWidget(button);
    }
    reloadChoices();
    for (QComboBox *combo : {m_year, m_territory, m_family, m_sector, m_compareYear})
        connect(combo, &QComboBox::currentIndexChanged, this, &ObservatoryTab::markDirty);
    for (QComboBox *combo : {m_year, m_territory})
        connect(combo, &QComboBox::currentIndexChanged, this, &ObservatoryTab::saveChoices);
}

namespace {
QString settingsGroup(const QString &key)
{
    // One entry per database: a territory code means something in one file only.
    return QStringLiteral("observatory/")
        + QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}
} // namespace

void ObservatoryTab::rememberChoicesAs(const QString &key)
{
    m_choicesKey = key;
    if (key.isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(settingsGroup(key));
    const QVariant year = settings.value(QStringLiteral("year"));
    const QVariant territory = settings.value(QStringLiteral("territory"));
    settings.endGroup();
    for (QComboBox *combo : {m_year, m_territory})
        combo->blockSignals(true);
    if (year.isValid() && m_year->findData(year.toInt()) >= 0)
        m_year->setCurrentIndex(m_year->findData(year.toInt()));
    if (territory.isValid() && m_territory->findData(territory.toString()) >= 0)
        m_territory->setCurrentIndex(m_territory->findData(territory.toString()));
    for (QComboBox *combo : {m_year, m_territory})
        combo->blockSignals(false);
    markDirty();
}

void ObservatoryTab::saveChoices() const
{
    if (m_choicesKey.isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(settingsGroup(m_choicesKey));
    settings.setValue(QStringLiteral("year"), m_year->currentData().toInt());
    settings.setValue(QStringLiteral("territory"), m_territory->currentData().toString());
    settings.endGroup();
}

void ObservatoryTab::reloadChoices()
{
    const QVariant year = m_year->currentData();
    const QVariant territory = m_territory->currentData();
    const QVariant family = m_family->currentData();
    const QVariant sector = m_sector->currentData();
    const QVariant compareYear = m_compareYear->currentData();
    for (QComboBox *combo : {m_year, m_territory, m_family, m_sector, m_compareYear})
        combo->blockSignals(true);

    m_year->clear();
    QList<int> years = m_engine->years();
    std::reverse(years.begin(), years.end());
    for (int y : years)
        m_year->addItem(QString::number(y), y);
    if (years.isEmpty())
        m_year->addItem(tr("No figures yet"), 0);
    m_year->setCurrentIndex(year.isValid() ? std::max(0, m_year->findData(year)) : 0);

    m_territory->clear();
    m_territory->addItem(tr("Whole territory"), QStringLiteral("all"));
    for (const auto &e : m_references->epcis())
        m_territory->addItem(e.second, e.first);
    for (const ObservatoryStore::CommuneList &list : m_observatory->communeLists())
        m_territory->addItem(tr("List: %1").arg(list.name), QStringLiteral("list:%1").arg(list.id));
    m_territory->insertSeparator(m_territory->count());
    for (const Commune &c : m_references->communes())
        m_territory->addItem(c.name, c.insee);
    // findData() of an invalid value would match the separator.
    m_territory->setCurrentIndex(territory.isValid() ? std::max(0, m_territory->findData(territory)) : 0);

    m_family->clear();
    m_family->addItem(tr("All families"), QString());
    for (const QString &code : EssFamily::codes())
        m_family->addItem(EssFamily::label(code), code);
    m_family->setCurrentIndex(std::max(0, m_family->findData(family)));

    m_sector->clear();
    m_sector->addItem(tr("All sectors"), qint64(0));
    for (const Sector &s : m_sectors->all())
        m_sector->addItem(s.parentId > 0 ? QStringLiteral("    ") + s.name : s.name, s.id);
    m_sector->setCurrentIndex(std::max(0, m_sector->findData(sector)));

    m_compareYear->clear();
    m_compareYear->addItem(tr("previous grid"), 0);
    QList<int> scored = m_engine->scoredYears();
    std::reverse(scored.begin(), scored.end());
    for (int y : scored)
        m_compareYear->addItem(QString::number(y), y);
    m_compareYear->setCurrentIndex(compareYear.isValid() ? std::max(0, m_compareYear->findData(compareYear)) : 0);

    for (QComboBox *combo : {m_year, m_territory, m_family, m_sector, m_compareYear})
        combo->blockSignals(false);
}

ObservatoryFilter ObservatoryTab::filter() const
{
    ObservatoryFilter f;
    f.year = m_year->currentData().toInt();
    // The territories offered are the engine's own: any of them parses.
    m_engine->parseTerritory(m_territory->currentData().toString(), &f);
    f.family = m_family->currentData().toString();
    f.sectorId = m_sector->currentData().toLongLong();
    f.compareYear = m_compareYear->currentData().toInt();
    return f;
}

void ObservatoryTab::markDirty()
{
    m_dirty = true;
    if (isVisible())
        QTimer::singleShot(0, this, [this] {
            if (m_dirty && isVisible())
                refresh();
        });
}

void ObservatoryTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void ObservatoryTab::hideEvent(QHideEvent *event)
{
    // A chart's tooltip belongs to the tab: it must not stay over another one.
    QToolTip::hideText();
    QWidget::hideEvent(event);
}

void ObservatoryTab::refresh()
{
    m_dirty = false;
    if (m_year->currentData().toInt() == 0 && m_engine->latestYear() > 0)
        reloadChoices();
    const ObservatoryFilter f = filter();
    // The evolution's years not read yet wait: the rest of the tab needs one year only.
    m_stats = m_engine->computeFirstView(f, &m_evolutionPending);
    m_title->setText(tr("%1 — %2").arg(m_stats.territoryLabel).arg(m_stats.filter.year));
    updateKeyFigures();
    updateWarnings();
    for (ChartPanel *panel : std::as_const(m_panels))
        panel->setStats(m_stats);
    if (m_evolutionPending)
        QTimer::singleShot(0, this, &ObservatoryTab::readNextEvolutionYear);
    emit refreshed();
}

void ObservatoryTab::readNextEvolutionYear()
{
    if (!m_evolutionPending)
        return;
    if (const int year = m_engine->unreadEvolutionYear(m_stats.filter)) {
        m_engine->readYear(year);
        QTimer::singleShot(0, this, &ObservatoryTab::readNextEvolutionYear);
        return;
    }
    m_evolutionPending = false;
    m_stats.evolution = m_engine->evolution(m_stats.filter, 10);
    for (ChartPanel *panel : std::as_const(m_panels)) {
        if (panel->kind() == ObservatoryCharts::Kind::Evolution)
            panel->setStats(m_stats);
    }
}

void ObservatoryTab::finishEvolution()
{
    while (m_evolutionPending)
        readNextEvolutionYear();
}

void ObservatoryTab::onDrillDown(ObservatoryCharts::Kind kind, const QList<qint32> &ids, const QString &label)
{
    DirectoryDrillDown request;
    request.ids = ids;
    request.label = label;
    request.year = m_stats.filter.year;
    request.territoryLabel = m_stats.territoryLabel;
    request.family = m_stats.filter.family;
    request.sectorId = m_stats.filter.sectorId;
    if (m_stats.filter.territory == ObservatoryFilter::Territory::Epci)
        request.epciSiren = m_stats.filter.territoryCode;
    else if (m_stats.filter.territory == ObservatoryFilter::Territory::Commune)
        request.communeInsee = m_stats.filter.territoryCode;
    // The bar adds its own facet to the tab's filters.
    auto keyOf = [&label](const QList<ObservatoryFigures> &rows) {
        for (const ObservatoryFigures &f : rows) {
            if (f.label == label)
                return f.key;
        }
        return QString();
    };
    switch (kind) {
    case ObservatoryCharts::Kind::Family:
        request.family = keyOf(m_stats.byFamily);
        break;
    case ObservatoryCharts::Kind::Sector:
        request.sectorId = keyOf(m_stats.bySector).toLongLong();
        break;
    case ObservatoryCharts::Kind::Comparison:
    case ObservatoryCharts::Kind::Epci:
        if (const QString epci = keyOf(m_stats.byEpci); !epci.isEmpty())
            request.epciSiren = epci;
        break;
    default:
        break;
    }
    emit drillDownRequested(ids, label);
    emit drillDown(request);
}

void ObservatoryTab::updateKeyFigures()
{
    const QLocale locale;
    const ObservatoryFigures &t = m_stats.totals;
    m_keyValues[KeyActors]->setText(locale.toString(t.actors));
    m_keyValues[KeyEmployers]->setText(locale.toString(t.employerActors));
    m_keyValues[KeyJobs]->setText(locale.toString(t.jobs));
    m_keyValues[KeyFte]->setText(locale.toString(t.fte, 'f', 1));
    m_keyValues[KeyVolunteers]->setText(locale.toString(t.volunteers));
    m_keyValues[KeyMembers]->setText(locale.toString(t.members));
    m_keyValues[KeyShare]->setText(t.essSharePct ? tr("%1 %").arg(locale.toString(*t.essSharePct, 'f', 1)) : tr("n/a"));
    if (t.estimatedActors > 0)
        m_estimateNote->setText(tr("Estimate, not included above: about %1 more jobs from the SIRENE headcount bands of %n actor(s) "
                                   "that declared no headcount for %2.", nullptr, t.estimatedActors)
                                    .arg(locale.toString(t.jobsEstimated, 'f', 0))
                                    .arg(m_stats.filter.year));
    else if (t.actorsWithoutHeadcount > 0)
        m_estimateNote->setText(tr("%n actor(s) declared no headcount for %1 and have no SIRENE band: their jobs are unknown.", nullptr,
                                   t.actorsWithoutHeadcount)
                                    .arg(m_stats.filter.year));
    else
        m_estimateNote->setText(tr("Every actor counted declared its headcount for %1.").arg(m_stats.filter.year));
    if (m_stats.totalEmployment)
        m_shareNote->setText(tr("Share: %1 declared jobs out of %2 salaried jobs (%3, %4).")
                                 .arg(locale.toString(t.jobs), locale.toString(*m_stats.totalEmployment))
                                 .arg(m_stats.referenceYear)
                                 .arg(m_stats.referenceSource));
    else
        m_shareNote->setText(tr("Share unknown: the salaried employment of %1 is not among the reference figures.").arg(m_stats.territoryLabel));
}

void ObservatoryTab::updateWarnings()
{
    while (QLayoutItem *item = m_warningList->takeAt(0)) {
        if (QWidget *w = item->widget())
            w->deleteLater();
        else if (QLayout *l = item->layout()) {
            while (QLayoutItem *inner = l->takeAt(0)) {
                if (inner->widget())
                    inner->widget()->deleteLater();
                delete inner;
            }
        }
        delete item;
    }
    m_warnings->setVisible(!m_stats.warnings.isEmpty());
    for (int i = 0; i < m_stats.warnings.size(); ++i) {
        const ObservatoryWarning &w = m_stats.warnings.at(i);
        auto *row = new QHBoxLayout;
        auto *label = new QLabel(tr("Doubtful figure: %1").arg(w.reason), m_warnings);
        label->setObjectName(QStringLiteral("warningLabel_%1").arg(i));
        label->setWordWrap(true);
        row->addWidget(label, 1);
        if (!w.actorIds.empty()) {
            auto *show = new QToolButton(m_warnings);
            show->setObjectName(QStringLiteral("warningActors_%1").arg(i));
            show->setText(tr("Show the %n actor(s)", nullptr, int(w.actorIds.size())));
            const QList<qint32> ids(w.actorIds.begin(), w.actorIds.end());
            const QString title = tr("Doubtful figure");
            connect(show, &QToolButton::clicked, this, [this, ids, title] { emit drillDownRequested(ids, title); });
            row->addWidget(show);
        }
        m_warningList->addLayout(row);
    }
    const bool doubtfulShare = std::any_of(m_stats.warnings.cbegin(), m_stats.warnings.cend(),
                                           [](const ObservatoryWarning &w) { return w.code == QLatin1String("share_over_100"); });
    if (doubtfulShare) {
        m_keyValues[KeyShare]->setText(m_keyValues[KeyShare]->text() + QStringLiteral(" ⚠"));
        m_keyValues[KeyShare]->setToolTip(tr("Doubtful: see the warning below the key figures."));
    } else {
        m_keyValues[KeyShare]->setToolTip(QString());
    }
}

void ObservatoryTab::showPresentation()
{
    if (m_dirty)
        refresh();
    if (m_evolutionPending)
        finishEvolution();
    auto *window = new PresentationWindow(m_stats);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->showOn(screen());
}

void ObservatoryTab::editReferenceFigures()
{
    ReferenceFiguresDialog dialog(m_figures, m_undoStack, this);
    dialog.exec();
}

void ObservatoryTab::editCommuneLists()
{
    CommuneListDialog dialog(m_observatory, m_references, this);
    dialog.exec();
}
