namespace RdpHelpBot.Bot.Watch;

/// <summary>What one pass means for one host: its history to keep and the warnings to send.</summary>
internal sealed record WatchJudgement(WatchHistory Next, IReadOnlyList<WatchNotification> Notifications);

/// <summary>
/// Judges one pass over one host against what earlier passes saw; pure (the pass's time comes with the observation).
/// Certificates issued by a CA get a warning at the most urgent threshold crossed and when expired; self-signed
/// ones, which Windows renews by itself, only when an expired one is still served or its name is stale. Of a host's
/// addresses, the certificate that expires first is judged. A new certificate replaces the one counted down once it
/// is seen on <see cref="PassesToConfirmRenewal"/> passes in a row, so a load balancer serving two does not flap.
/// </summary>
internal static class WatchJudge
{
    public const int PassesToConfirmRenewal = 2;

    public static WatchJudgement Judge(WatchedHost host, HostObservation observation, WatchHistory history, IReadOnlyList<int> thresholds, TimeSpan unreachableAfter)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(observation);
        ArgumentNullException.ThrowIfNull(history);
        var now = observation.At;
        var sent = new HashSet<string>(history.Sent, StringComparer.Ordinal);
        var notifications = new List<WatchNotification>();
        void Notify(WatchNotification notification)
        {
            if (sent.Add(notification.Key))
                notifications.Add(notification);
        }

        var read = observation.Addresses.Where(a => a.Certificate is not null).OrderBy(a => a.Address, StringComparer.Ordinal).ToList();
        if (read.Count == 0)
        {
            var since = history.UnreachableSince ?? now;
            if (now - since >= unreachableAfter)
            {
                Notify(new WatchNotification(WatchEventTypes.Unreachable, Key(host, "*", "-", $"unreachable@{since.UtcTicks}"), host.Host, host.Port, now,
                    Problem: observation.ProblemInWords ?? "no certificate could be read", Since: since));
            }
            return new WatchJudgement(
                history with { UnreachableSince = since, LastProbe = now, LastProblem = observation.ProblemInWords, Sent = [.. sent.Order(StringComparer.Ordinal)] },
                notifications);
        }

        var addresses = new Dictionary<string, AddressHistory>(StringComparer.Ordinal);
        var renewals = new List<(string Address, CertificateObservation Old, CertificateObservation New)>();
        foreach (var address in observation.Addresses)
        {
            history.Addresses.TryGetValue(address.Address, out var before);
            if (address.Certificate is not { } certificate)
            {
                // Not read this time: keep what the address served before, for when it answers again.
                if (before is not null)
                    addresses[address.Address] = before;
                continue;
            }
            addresses[address.Address] = Follow(before, certificate, out var renewedFrom);
            if (renewedFrom is not null)
                renewals.Add((address.Address, renewedFrom, certificate));
        }

        foreach (var (address, old, renewed) in renewals)
        {
            // A self-signed certificate Windows replaced by itself is news only when it had been warned about.
            var quiet = old.SelfSigned && !sent.Any(key => key.Contains($"|{old.Sha256}|", StringComparison.Ordinal));
            // Two addresses behind one name renewed together: said once.
            var announced = sent.Any(key => key.EndsWith($"|{renewed.Sha256}|renewed", StringComparison.Ordinal));
            if (!quiet && !announced)
                Notify(new WatchNotification(WatchEventTypes.Renewed, Key(host, address, renewed.Sha256, "renewed"), host.Host, host.Port, now, address, renewed));
        }

        var (winner, judged) = read
            .Select(a => (a.Address, Certificate: addresses[a.Address].Current))
            .OrderBy(a => a.Certificate.NotAfter).ThenBy(a => a.Address, StringComparer.Ordinal)
            .First();
        foreach (var warning in Warnings(host, winner, judged, now, thresholds))
            Notify(warning);

        var remembered = addresses.Values.SelectMany(a => new[] { a.Current.Sha256, a.Pending?.Sha256 }).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var kept = sent.Where(key => remembered.Any(sha => key.Contains($"|{sha}|", StringComparison.Ordinal))).Order(StringComparer.Ordinal).ToList();
        var problem = observation.Addresses.Select(a => a.Problem).FirstOrDefault(p => p is not null);
        return new WatchJudgement(
            new WatchHistory { Addresses = addresses, UnreachableSince = null, LastProbe = now, LastProblem = problem, Sent = kept },
            notifications);
    }

    /// <summary>The key of a warning: host and port, address, certificate SHA-256 and what is said about it.</summary>
    public static string Key(WatchedHost host, string address, string sha256, string what) => $"{host.Id}|{address}|{sha256}|{what}";

    private static AddressHistory Follow(AddressHistory? before, CertificateObservation seen, out CertificateObservation? renewedFrom)
    {
        renewedFrom = null;
        if (before is null || before.Current.Sha256 == seen.Sha256)
            return new AddressHistory(seen);
        var passes = before.Pending?.Sha256 == seen.Sha256 ? before.PendingPasses + 1 : 1;
        if (passes < PassesToConfirmRenewal)
            return before with { Pending = seen, PendingPasses = passes };
        renewedFrom = before.Current;
        return new AddressHistory(seen);
    }

    private static IEnumerable<WatchNotification> Warnings(WatchedHost host, string address, CertificateObservation certificate, DateTimeOffset now, IReadOnlyList<int> thresholds)
    {
        WatchNotification Warning(string type, string what, int? threshold = null) =>
            new(type, Key(host, address, certificate.Sha256, what), host.Host, host.Port, now, address, certificate, threshold);

        if (certificate.IsExpiredAt(now))
        {
            yield return Warning(WatchEventTypes.Expired, "expired");
        }
        else if (!certificate.SelfSigned)
        {
            var left = certificate.NotAfter - now;
            var crossed = (host.Thresholds ?? thresholds).Where(days => left <= TimeSpan.FromDays(days)).ToList();
            // Only the most urgent threshold crossed: a certificate first seen 5 days out gets one warning, not four.
            if (crossed.Count > 0)
                yield return Warning(WatchEventTypes.Expiring, $"{crossed.Min()}d", crossed.Min());
        }
        if (certificate.SelfSigned && !certificate.NameMatches)
            yield return Warning(WatchEventTypes.NameMismatch, "name");
    }
}
