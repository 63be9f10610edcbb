#pragma once

#include "actor.h"
#include "duplicatecandidate.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMultiHash>
#include <QString>

/// Whether an actor is likely one the directory (or a file) already has,
/// decided in one place for the directory's form (ActorStore::
/// findLikelyDuplicates) and for imports (ActorImporter): the same SIRET,
/// the same SIREN (a SIRET's first nine digits count), the same RNA number,
/// or the same name in the same commune, names compared without accents,
/// case or punctuation ("L'Atelier" = "L ATELIER"). The reasons come in that
/// order of strength. Each actor's keys are computed once and kept in
/// hashes: a lookup costs the same among 10 actors or 100,000.
class DuplicateIndex
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateIndex)

public:
    /// What an actor is recognised by; empty keys match nothing.
    struct Keys {
        QString siret;
        QString siren;
        QString rna;
        QString place; ///< normalised name and commune (its INSEE code, else its normalised name)
    };

    static Keys keysOf(const QString &name, const QString &siren, const QString &siret, const QString &rna, const QString &insee,
                       const QString &communeName);
    static Keys keysOf(const Actor &actor);

    void add(qint64 id, const QString &name, const QString &communeName, const Keys &keys);
    /// Room for @p actors at once: a file of 100,000 rows would otherwise
    /// rehash every table about seventeen times while it is read.
    void reserve(qsizetype actors);
    /// The actor that @p keys match by the strongest reason (the last one
    /// added among equals); 0 when none.
    qint64 find(const Keys &keys, DuplicateCandidate::Reason *reason) const;
    /// Every actor that @p keys match but @p exceptId, each once, by its
    /// strongest reason, strongest first (then in the order of ids).
    QList<DuplicateCandidate> findAll(const Keys &keys, qint64 exceptId = 0) const;
    QString name(qint64 id) const { return m_names.value(id); }

    /// "same SIRET": the reason as the import report and the directory's question say it.
    static QString reasonText(DuplicateCandidate::Reason reason);

private:
    QMultiHash<QString, qint64> m_siret, m_siren, m_rna, m_place;
    QHash<qint64, QString> m_names;
    QHash<qint64, QString> m_communes;
};
