#include "socialutilityeditor.h"

#include "models/domain/clock.h"
#include "models/observatory/headcountband.h"
#include "models/observatory/socialutilitygrid.h"
#include "models/stores/observatorystore.h"
#include "models/undo/setsocialutilitycommand.h"
#include "prompter.h"

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

SocialUtilityEditor::SocialUtilityEditor(ObservatoryStore *store, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_undoStack(undoStack)
{
    setObjectName(QStringLiteral("socialUtilityEditor"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QFormLayout;
    m_band = new QComboBox(this);
    m_band->setObjectName(QStringLiteral("headcountBand"));
    m_band->addItem(tr("Unknown"), QString());
    for (const HeadcountBand &band : HeadcountBand::all())
        m_band->addItem(QStringLiteral("%1 — %2").arg(band.code, band.label), band.code);
    m_band->setToolTip(tr("SIRENE headcount band: the observatory shows its midpoint, flagged as an estimate, "
                          "for the years without a declared headcount"));
    top->addRow(tr("SIRENE headcount band:"), m_band);
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("socialUtilityYear"));
    m_year->setRange(1990, 2100);
    m_year->setValue(Clock::today().year() - 1);
    top->addRow(tr("Social utility grid of:"), m_year);
    layout->addLayout(top);
    m_years = new QLabel(this);
    m_years->setObjectName(QStringLiteral("socialUtilityYears"));
    m_years->setWordWrap(true);
    layout->addWidget(m_years);

    for (const QString &theme : SocialUtilityGrid::themes()) {
        auto *box = new QGroupBox(SocialUtilityGrid::themeLabel(theme), this);
        auto *form = new QFormLayout(box);
        for (const QString &criterion : SocialUtilityGrid::criteria(theme)) {
            auto *spin = new QSpinBox(box);
            spin->setObjectName(QStringLiteral("score_") + criterion);
            spin->setRange(-1, SocialUtilityGrid::MaxScore);
            spin->setSpecialValueText(tr("—"));
            spin->setToolTip(tr("0: not at all … 3: strongly; “—”: not assessed"));
            form->addRow(SocialUtilityGrid::criterionLabel(criterion), spin);
            m_scores.insert(criterion, spin);
            connect(spin, &QSpinBox::valueChanged, this, &SocialUtilityEditor::updateSaveButton);
        }
        layout->addWidget(box);
    }
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_save = new QPushButton(tr("&Save the grid"), this);
    m_save->setObjectName(QStringLiteral("saveSocialUtility"));
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_year, &QSpinBox::valueChanged, this, &SocialUtilityEditor::load);
    connect(m_band, &QComboBox::currentIndexChanged, this, &SocialUtilityEditor::updateSaveButton);
    connect(m_save, &QPushButton::clicked, this, &SocialUtilityEditor::save);
    connect(m_store, &ObservatoryStore::scoresChanged, this, [this](qint64 id) {
        if (id == m_actorId)
            load();
    });
    connect(m_store, &ObservatoryStore::actorDetailsChanged, this, [this](qint64 id) {
        if (id == m_actorId)
            load();
    });
    setActorId(0);
}

void SocialUtilityEditor::setActorId(qint64 id)
{
    m_actorId = id;
    const QList<int> years = id > 0 ? m_store->scoredYears(id) : QList<int>();
    m_loading = true;
    if (!years.isEmpty())
        m_year->setValue(years.last());
    m_loading = false;
    load();
}

void SocialUtilityEditor::setYear(int year)
{
    m_year->setValue(year);
}

int SocialUtilityEditor::year() const
{
    return m_year->value();
}

void SocialUtilityEditor::load()
{
    if (m_loading)
        return;
    m_loading = true;
    const SocialUtilityScores scores = m_actorId > 0 ? m_store->scores(m_actorId, m_year->value()) : SocialUtilityScores();
    for (auto it = m_scores.cbegin(); it != m_scores.cend(); ++it)
        it.value()->setValue(scores.value(it.key(), -1));
    const QString band = m_actorId > 0 ? m_store->headcountBand(m_actorId) : QString();
    m_band->setCurrentIndex(std::max(0, m_band->findData(band)));
    QStringList years;
    if (m_actorId > 0) {
        for (int y : m_store->scoredYears(m_actorId))
            years << QString::number(y);
    }
    m_years->setText(m_actorId <= 0 ? tr("Save the actor first.")
                     : years.isEmpty() ? tr("No grid filled in yet.")
                                       : tr("Grids filled in: %1.").arg(years.join(QLatin1String(", "))));
    setEnabled(m_actorId > 0);
    m_loading = false;
    updateSaveButton();
}

void SocialUtilityEditor::updateSaveButton()
{
    if (m_loading)
        return;
    bool changed = false;
    if (m_actorId > 0) {
        const SocialUtilityScores stored = m_store->scores(m_actorId, m_year->value());
        for (auto it = m_scores.cbegin(); it != m_scores.cend() && !changed; ++it)
            changed = stored.value(it.key(), -1) != it.value()->value();
        changed = changed || m_band->currentData().toString() != m_store->headcountBand(m_actorId);
    }
    m_save->setEnabled(changed && m_refusal.isEmpty());
}

void SocialUtilityEditor::setRefusal(const QString &why)
{
    m_refusal = why;
    m_save->setToolTip(why);
    updateSaveButton();
}

bool SocialUtilityEditor::save()
{
    if (m_actorId <= 0 || !m_refusal.isEmpty())
        return false;
    SetSocialUtilityCommand::State before{m_store->scores(m_actorId, m_year->value()), m_store->headcountBand(m_actorId)};
    SetSocialUtilityCommand::State after;
    for (auto it = m_scores.cbegin(); it != m_scores.cend(); ++it) {
        if (it.value()->value() >= 0)
            after.scores.insert(it.key(), it.value()->value());
    }
    after.band = m_band->currentData().toString();
    if (before.scores == after.scores && before.band == after.band)
        return false;
    auto *command = new SetSocialUtilityCommand(m_store, m_actorId, m_year->value(), before, after,
                                                tr("social utility grid %1").arg(m_year->value()));
    if (!command->applyNow()) {
        delete command;
        Prompter::warning(this, tr("Social utility"), tr("The grid could not be saved (%1). Nothing was changed; try again.").arg(m_store->errorString()));
        return false;
    }
    m_undoStack->push(command);
    return true;
}
