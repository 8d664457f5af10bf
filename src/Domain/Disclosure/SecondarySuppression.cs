namespace Safeguarding.Analytics.Domain.Disclosure;

/// <summary>
/// Secondary suppression over a set of published sums (<see cref="CountSums"/>), in two steps that repeat until both
/// are content:
/// <list type="number">
/// <item>A sum with exactly one hidden count, and that count withheld, would give it back by subtraction (the
/// total less the parts shown): the smallest other count of the sum that is not zero is withheld too — a part before
/// the total, ties by the cells' order (area code, then period). A zero is taken only when nothing else is left.</item>
/// <item>The interval audit (<see cref="IntervalAudit"/>): each withheld count of 1 to 5 must be able to be 0, or 6 or
/// more, given every published sum together. One that cannot gets a further partner in a sum that holds it.</item>
/// </list>
/// A sum whose published right-hand side (its total less the parts shown) is negative — sources round — gives nothing
/// exact and is left out. The audit works one connected group of hidden counts at a time, and remembers the groups
/// already found safe, so a national frame stays quick.
/// </summary>
internal sealed class SecondarySuppression
{
    private readonly CountSums _sums;
    private readonly bool[] _withheld;
    private readonly DisclosureRule _rule;
    private readonly bool _exactness;
    private readonly List<int>[] _sumsOf;
    private readonly ILookup<int, int> _cellsOf;
    private readonly HashSet<string> _safeGroups = new(StringComparer.Ordinal);

    private SecondarySuppression(CountSums sums, bool[] withheld, DisclosureRule rule, bool exactness)
    {
        _sums = sums;
        _withheld = withheld;
        _rule = rule;
        _exactness = exactness;
        _sumsOf = new List<int>[sums.CellCount];
        for (var cell = 0; cell < sums.CellCount; cell++)
        {
            _sumsOf[cell] = [];
        }

        _cellsOf = Enumerable.Range(0, sums.CellCount).Where(c => sums.Figure(c) >= 0).ToLookup(sums.Figure);
        for (var s = 0; s < sums.Sums.Count; s++)
        {
            foreach (var cell in sums.Sums[s].Parts.Append(sums.Sums[s].Total).Distinct())
            {
                _sumsOf[cell].Add(s);
            }
        }
    }

    /// <summary>
    /// Withholds further figures (marking them in <paramref name="withheld"/>, by figure) until no withheld count can
    /// be given back; with <paramref name="exactness"/>, no withheld count of any size may be pinned to one value either.
    /// </summary>
    public static void Apply(CountSums sums, bool[] withheld, DisclosureRule rule, bool exactness = false)
    {
        ArgumentNullException.ThrowIfNull(sums);
        ArgumentNullException.ThrowIfNull(withheld);
        ArgumentNullException.ThrowIfNull(rule);
        new SecondarySuppression(sums, withheld, rule, exactness).Run();
    }

    private void Run()
    {
        while (true)
        {
            WithholdBesideSingles();
            var exposed = Audit();
            if (exposed.Count == 0)
            {
                return;
            }

            foreach (var cell in exposed)
            {
                WithholdPartnerNear(cell);
            }
        }
    }

    private bool Hidden(int cell) => _sums.Count(cell) is null || _withheld[_sums.Figure(cell)];

    private bool IsWithheld(int cell) => _sums.Count(cell) is not null && _withheld[_sums.Figure(cell)];

    /// <summary>The total less the parts shown (only the total's own value when it is shown); null when negative.</summary>
    private long? RightHandSide(int s)
    {
        var sum = _sums.Sums[s];
        var shownParts = sum.Parts.Where(p => !Hidden(p)).Sum(p => _sums.Count(p)!.Value);
        if (Hidden(sum.Total))
        {
            return -shownParts;
        }

        var rest = _sums.Count(sum.Total)!.Value - shownParts;
        return rest < 0 ? null : rest;
    }

    private void WithholdBesideSingles()
    {
        var waiting = new SortedSet<int>(Enumerable.Range(0, _sums.CellCount).Where(IsWithheld).SelectMany(c => _sumsOf[c]));
        // In passes over the sums in order, as a person would go down the list, visiting only those that have changed.
        for (var next = 0; waiting.Count > 0;)
        {
            var ahead = waiting.GetViewBetween(next, int.MaxValue);
            if (ahead.Count == 0)
            {
                next = 0;
                continue;
            }

            var s = ahead.Min;
            waiting.Remove(s);
            next = s + 1;
            var sum = _sums.Sums[s];
            var hidden = sum.Parts.Append(sum.Total).Where(Hidden).Distinct().Take(2).ToList();
            if (hidden.Count == 1 && IsWithheld(hidden[0]) && RightHandSide(s) is not null && WithholdPartner([s]) is var figure and >= 0)
            {
                waiting.UnionWith(_cellsOf[figure].SelectMany(c => _sumsOf[c]));
            }
        }
    }

    /// <summary>
    /// Withholds a further partner of an exposed count: in a sum that holds it; when every figure of those sums is
    /// hidden already, in a sum that holds one of theirs, and so on outwards.
    /// </summary>
    private void WithholdPartnerNear(int cell)
    {
        var reached = new HashSet<int> { cell };
        var layer = new List<int> { cell };
        var seenSums = new HashSet<int>();
        while (layer.Count > 0)
        {
            var sums = layer.SelectMany(c => _sumsOf[c]).Where(s => seenSums.Add(s) && RightHandSide(s) is not null).Order().ToList();
            if (WithholdPartner(sums) >= 0)
            {
                return;
            }

            layer = [.. sums.SelectMany(HiddenCells).Where(reached.Add)];
        }

        throw new InvalidOperationException("Disclosure control found no further figure to withhold; the figures cannot be released.");
    }

    /// <summary>
    /// Withholds the best partner shown in any of the sums — not zero, a part before a total, smallest, first in
    /// order — and answers its figure; -1 when every figure of the sums is hidden already.
    /// </summary>
    private int WithholdPartner(IEnumerable<int> sums)
    {
        var best = (Key: (long.MaxValue, long.MaxValue, long.MaxValue, long.MaxValue), Cell: -1);
        foreach (var s in sums)
        {
            var sum = _sums.Sums[s];
            foreach (var (cell, isTotal) in sum.Parts.Select(p => (p, false)).Append((sum.Total, true)))
            {
                if (Hidden(cell))
                {
                    continue;
                }

                var count = _sums.Count(cell)!.Value;
                var key = (count == 0 ? 1L : 0L, isTotal ? 1L : 0L, count, (long)cell);
                if (key.CompareTo(best.Key) < 0)
                {
                    best = (key, cell);
                }
            }
        }

        if (best.Cell < 0)
        {
            return -1;
        }

        _withheld[_sums.Figure(best.Cell)] = true;
        return _sums.Figure(best.Cell);
    }

    /// <summary>The withheld counts the published sums expose, at most one from each connected group of hidden counts.</summary>
    private List<int> Audit()
    {
        var active = Enumerable.Range(0, _sums.Sums.Count).Where(s => RightHandSide(s) is not null).ToList();
        var effective = WithoutFreeTotals(active);
        var groups = new Dictionary<int, int>();
        int Find(int c)
        {
            var root = c;
            while (groups.TryGetValue(root, out var parent) && parent != root)
            {
                root = parent;
            }

            while (c != root)
            {
                var next = groups[c];
                groups[c] = root;
                c = next;
            }

            return root;
        }

        foreach (var s in effective)
        {
            var hidden = HiddenCells(s).ToList();
            foreach (var cell in hidden)
            {
                groups.TryAdd(cell, cell);
            }

            for (var i = 1; i < hidden.Count; i++)
            {
                var (a, b) = (Find(hidden[0]), Find(hidden[i]));
                if (a != b)
                {
                    groups[Math.Max(a, b)] = Math.Min(a, b);
                }
            }
        }

        var exposed = new List<int>();
        var membersOf = groups.Keys.ToList().GroupBy(Find).ToDictionary(g => g.Key, g => g.Order().ToList());
        var targets = groups.Keys
            .Where(c => IsWithheld(c) && (_rule.IsSmall(_sums.Count(c)!.Value) || _exactness))
            .GroupBy(Find)
            .OrderBy(g => g.Key);
        var effectiveSet = effective.ToHashSet();
        var questions = new List<(string Signature, int Unknowns, List<IntervalAudit.Equation> Equations, List<(int Cell, int Index)> Targets)>();
        foreach (var group in targets)
        {
            var members = membersOf[group.Key];
            var signature = string.Join(',', members);
            if (_safeGroups.Contains(signature))
            {
                continue;
            }

            var index = members.Select((cell, i) => (cell, i)).ToDictionary(x => x.cell, x => x.i);
            var equations = members.SelectMany(c => _sumsOf[c]).Distinct().Where(effectiveSet.Contains).Order()
                .Select(s => Equation(s, index))
                .ToList();
            questions.Add((signature, members.Count, equations, [.. group.Order().Select(cell => (cell, index[cell]))]));
        }

        // The groups are independent: they are asked side by side, and the answers read back in order.
        var found = new int[questions.Count];
        Parallel.For(0, questions.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, q =>
        {
            var question = questions[q];
            found[q] = question.Targets
                .FirstOrDefault(t => IntervalAudit.Exposed(question.Unknowns, question.Equations, t.Index, _sums.Count(t.Cell)!.Value, _rule, _exactness), (Cell: -1, Index: -1))
                .Cell;
        });

        for (var q = 0; q < questions.Count; q++)
        {
            if (found[q] >= 0)
            {
                exposed.Add(found[q]);
            }
            else
            {
                _safeGroups.Add(questions[q].Signature);
            }
        }

        return exposed;
    }

    /// <summary>
    /// The active sums less those that constrain nothing: a sum whose total nobody knows (the service does not hold
    /// it) and which no other sum holds can take any parts at all.
    /// </summary>
    private List<int> WithoutFreeTotals(List<int> active)
    {
        var uses = new Dictionary<int, int>();
        foreach (var s in active)
        {
            foreach (var cell in HiddenCells(s).Where(c => !IsWithheld(c)))
            {
                uses[cell] = uses.GetValueOrDefault(cell) + 1;
            }
        }

        var kept = active.ToHashSet();
        for (var removed = true; removed;)
        {
            removed = false;
            foreach (var s in kept.ToList())
            {
                var total = _sums.Sums[s].Total;
                if (_sums.Count(total) is null && uses.GetValueOrDefault(total) == 1 && !_sums.Sums[s].Parts.Contains(total))
                {
                    kept.Remove(s);
                    foreach (var cell in HiddenCells(s).Where(c => !IsWithheld(c)))
                    {
                        uses[cell]--;
                    }

                    removed = true;
                }
            }
        }

        return [.. active.Where(kept.Contains)];
    }

    private IEnumerable<int> HiddenCells(int s) => _sums.Sums[s].Parts.Append(_sums.Sums[s].Total).Where(Hidden).Distinct();

    private IntervalAudit.Equation Equation(int s, Dictionary<int, int> index)
    {
        var sum = _sums.Sums[s];
        var coefficients = new Dictionary<int, long>();
        foreach (var part in sum.Parts.Where(Hidden))
        {
            coefficients[index[part]] = coefficients.GetValueOrDefault(index[part]) + 1;
        }

        if (Hidden(sum.Total))
        {
            coefficients[index[sum.Total]] = coefficients.GetValueOrDefault(index[sum.Total]) - 1;
        }

        var terms = coefficients.Where(t => t.Value != 0).OrderBy(t => t.Key).ToList();
        return new IntervalAudit.Equation([.. terms.Select(t => t.Key)], [.. terms.Select(t => t.Value)], RightHandSide(s)!.Value);
    }
}
