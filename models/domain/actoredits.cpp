#include "actoredits.h"

#include "consentpurpose.h"

#include <algorithm>

namespace {

/// Takes @p member from @p edited when the user changed it.
template <typename T, typename M>
void take(T &result, const T &shown, const T &edited, M T::*member)
{
    if (!(edited.*member == shown.*member))
        result.*member = edited.*member;
}

template <typename T, typename Key>
const T *findBy(const QList<T> &list, Key T::*key, const Key &value)
{
    const auto it = std::find_if(list.cbegin(), list.cend(), [&](const T &x) { return x.*key == value; });
    return it == list.cend() ? nullptr : &*it;
}

} // namespace

Actor ActorEdits::apply(const Actor &original, const Actor &shown, const Actor &edited)
{
    Actor a = original;
    take(a, shown, edited, &Actor::name);
    take(a, shown, edited, &Actor::acronym);
    take(a, shown, edited, &Actor::family);
    take(a, shown, edited, &Actor::legalCategory);
    take(a, shown, edited, &Actor::legalStatus);
    take(a, shown, edited, &Actor::siren);
    take(a, shown, edited, &Actor::siret);
    take(a, shown, edited, &Actor::rna);
    take(a, shown, edited, &Actor::naf);
    take(a, shown, edited, &Actor::sectorId);
    take(a, shown, edited, &Actor::address);
    take(a, shown, edited, &Actor::postcode);
    // The commune's code and name go together: one field in the form.
    if (edited.communeInsee != shown.communeInsee || edited.communeName != shown.communeName) {
        a.communeInsee = edited.communeInsee;
        a.communeName = edited.communeName;
    }
    take(a, shown, edited, &Actor::phone);
    take(a, shown, edited, &Actor::email);
    take(a, shown, edited, &Actor::website);
    take(a, shown, edited, &Actor::description);
    take(a, shown, edited, &Actor::creationYear);
    take(a, shown, edited, &Actor::employer);
    take(a, shown, edited, &Actor::acceptsInterns);
    take(a, shown, edited, &Actor::charterSignedOn);
    take(a, shown, edited, &Actor::iaeAgreement);
    take(a, shown, edited, &Actor::esusAgreement);
    take(a, shown, edited, &Actor::esusAgreedOn);
    take(a, shown, edited, &Actor::publicationConsent);
    take(a, shown, edited, &Actor::notes);
    take(a, shown, edited, &Actor::competencies);
    take(a, shown, edited, &Actor::networks);

    if (!(edited.contacts == shown.contacts)) {
        a.contacts.clear();
        for (const Contact &e : edited.contacts) {
            const Contact *o = e.id > 0 ? findBy(original.contacts, &Contact::id, e.id) : nullptr;
            const Contact *s = e.id > 0 ? findBy(shown.contacts, &Contact::id, e.id) : nullptr;
            a.contacts << (o && s ? apply(*o, *s, e) : e);
        }
    }
    if (!(edited.figures == shown.figures)) {
        a.figures.clear();
        for (const YearFigures &e : edited.figures) {
            const YearFigures *o = findBy(original.figures, &YearFigures::year, e.year);
            const YearFigures *s = findBy(shown.figures, &YearFigures::year, e.year);
            a.figures << (o && s ? apply(*o, *s, e) : e);
        }
    }
    return a;
}

Contact ActorEdits::apply(const Contact &original, const Contact &shown, const Contact &edited)
{
    Contact c = original;
    c.actorId = edited.actorId;
    take(c, shown, edited, &Contact::firstName);
    take(c, shown, edited, &Contact::lastName);
    take(c, shown, edited, &Contact::role);
    take(c, shown, edited, &Contact::email);
    take(c, shown, edited, &Contact::phone);
    // Each consent on its own: a new Lettre consent leaves the guide's proof as it was.
    for (const ConsentPurpose &purpose : ConsentPurpose::all()) {
        take(c, shown, edited, purpose.given);
        take(c, shown, edited, purpose.on);
        take(c, shown, edited, purpose.source);
    }
    return c;
}

YearFigures ActorEdits::apply(const YearFigures &original, const YearFigures &shown, const YearFigures &edited)
{
    YearFigures f = original;
    take(f, shown, edited, &YearFigures::headcount);
    take(f, shown, edited, &YearFigures::fte);
    take(f, shown, edited, &YearFigures::volunteers);
    take(f, shown, edited, &YearFigures::members);
    take(f, shown, edited, &YearFigures::budgetCents);
    return f;
}
