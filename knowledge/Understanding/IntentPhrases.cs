namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>The phrasings of each intent, matched on the normalised, typo-corrected message.</summary>
internal static class IntentPhrases
{
    // A request starts the clause or follows "can you", "please", "I want you to": "I'll check the server" is no request.
    private const string Request =
        @"(?:^|[.!?;,:]\s*|\b(?:can|could|would|will)\s+you\s+(?:please\s+|also\s+|just\s+)?|\b(?:please|pls|plz|kindly|now|then|and|also)\s+"
        + @"|\b(?:want|need|like)\s+you\s+to\s+)";

    private const string CheckVerb = @"(?:check|test|probe|scan|ping|diagnose|examine|inspect|look\s+at|verify|run\s+a\s+check\s+(?:on|against))";

    private const string Human =
        @"(?:human|person|people|agent|someone|somebody|technician|tech|engineer|helpdesk|help desk|service desk|support|it|admin|operator|representative)";

    private const string FailureNoun = @"(?:error|problem|issue|thing|result|message|code|behaviou?r)";

    public static readonly IReadOnlyList<IntentPhrase> All =
    [
        Phrase(IntentKind.Greeting, @"^\W*(?:hi|hello|hey|hiya|howdy|greetings|hallo|good (?:morning|afternoon|evening|day))\b"),

        Phrase(IntentKind.Help, @"^\W*(?:help|help me|help please|please help(?: me)?|i need help|need help|\?+|menu|commands|usage|options|what are my options)\W*$"),
        Phrase(IntentKind.Help, @"\bwhat can you (?:do|help (?:me )?with)\b|\bwhat do you do\b|\bhow (?:does|do) (?:this|you) work\b|\bhow do i use (?:this|you)\b|\bneed (?:some )?help\W*$"),

        Phrase(IntentKind.StartOver, @"\bstart (?:over|again|afresh|fresh|from scratch|from the (?:beginning|top))\b|\bbegin again\b|\bfrom scratch\b"),
        Phrase(IntentKind.StartOver, @"\b(?:restart|reset|redo)(?: the| this| our)? (?:conversation|chat|diagnosis|troubleshooting)\b"),
        Phrase(IntentKind.StartOver, @"^\W*(?:restart|reset|start|new (?:problem|issue|case))\W*$|\b(?:i have|i've got|got|there'?s) (?:a |another )?(?:new|different) (?:problem|issue)\b"),

        Phrase(IntentKind.Cancel, @"\bcancel\b|\bnever ?mind\b|\bnvm\b|\bforget (?:it|about it)\b"),
        Phrase(IntentKind.Cancel, @"^\W*(?:stop|quit|exit|abort|bye|goodbye|end)\W*$|\b(?:stop|end|quit|exit|close) (?:this|the) (?:conversation|chat|diagnosis)\b|\b(?:bye|goodbye)\W*$"),

        Phrase(IntentKind.TalkToHuman, $@"\b(?:talk|speak|chat|connect me|transfer me|put me through|pass me|get me|hand me over|hand this over)(?: over)? (?:to|with) (?:an? |the |some |a real |a live |an actual )?{Human}\b"),
        Phrase(IntentKind.TalkToHuman, $@"\b(?:real|live|actual) (?:human|person|people|agent)\b|\bhuman being\b|^\W*{Human}\W*$|\bescalat\w*"),
        Phrase(IntentKind.TalkToHuman, @"\b(?:open|raise|create|file|log|submit) (?:a |an )?(?:ticket|case|incident)\b|\b(?:contact|call|email|reach) (?:the )?(?:helpdesk|help desk|service desk|support|it team)\b"),
        Phrase(IntentKind.TalkToHuman, @"\bi (?:want|need|would like|'d like) (?:to talk to )?(?:an? |the )?(?:human|person|agent|technician|helpdesk)\b"),
        Phrase(IntentKind.TalkToHuman, $@"\b(?:get|find) me (?:an? |the |some |a real |a live )?{Human}\b|\bcan (?:i|we) (?:get|have) (?:an? |the |some |a real |a live )?(?:human|person|agent|technician|engineer|someone|somebody)\b|\blet me (?:talk|speak) (?:to|with) (?:an? |the |some )?{Human}\b"),

        Phrase(IntentKind.Worked, @"\b(?:that|this|it|which|you) (?:fixed|solved|resolved|sorted) (?:it|the (?:problem|issue|error))\b|\bfixed it\b|\b(?:that|this|it) did (?:it|the trick)\b"),
        Phrase(IntentKind.Worked, @"\b(?:works?|worked|working) (?:now|again)\b|\bnow (?:it )?works\b|\bnow it'?s working\b"),
        Phrase(IntentKind.Worked, @"\b(?:it|that|this|which|the fix) worked\b(?!\s+(?:before|fine|ok|okay|well|yesterday|until|till|last|previously|earlier|for|in|on|when|with|from|since|perfectly|great|always|by|via|over|through|if))"),
        Phrase(IntentKind.Worked, @"\b(?:problem|issue|error) (?:is |was |has been )?(?:solved|resolved|fixed|gone)\b|\bconnected (?:successfully|fine now|now)\b"),
        Phrase(IntentKind.Worked, @"\bi (?:can|could) (?:now )?(?:connect|log ?in|get in|sign in|login)(?: to it)? (?:now|again)\b|\b(?:i'?m|i am) (?:in|connected|able to connect)(?: now)?\W*$"),
        Phrase(IntentKind.Worked, @"^\W*(?:(?:yes|yep|yeah|yay)\W*)?(?:fixed|solved|resolved|success|it works|works|worked|perfect)\W*$"),

        Phrase(IntentKind.DidNotWork, @"\bstill (?:broken|failing|fails|failed|not|no|doesn'?t|does not|didn'?t|can'?t|cannot|the same|same|getting|get|gets|having|happening|an issue|there|erroring|an error|0x)"),
        Phrase(IntentKind.DidNotWork, @"\bno (?:luck|joy|dice|difference|improvement|success|go)\b|\bdid nothing\b|\bnothing (?:happened|helped)\b|^\W*(?:nothing|no) (?:has )?chang(?:e|ed)\W*$"),
        Phrase(IntentKind.DidNotWork, @"\b(?:didn'?t|did not|doesn'?t|does not|hasn'?t|has not|won'?t|will not) (?:help|fix|solve|resolve|change anything|do anything|make (?:a|any) difference)\b|\bdid(?:n'?t| not) work\b|\bnot (?:fixed|solved|resolved)\b"),
        Phrase(IntentKind.DidNotWork, $@"^\W*(?:(?:nope|no|sadly|unfortunately)\W+)?(?:(?:still|i'?m still|it'?s|its|getting|i get|i got|got|it gives|it shows)\s+)?(?:the\s+)?same {FailureNoun}\b"),
        Phrase(IntentKind.DidNotWork, $@"\bsame {FailureNoun}\b|\b(?:doesn'?t|does not|don'?t|do not|isn'?t|is not|not) work(?:ing)?\b|\bbroken\b", PhraseRule.UnlessProblemReport),

        Phrase(IntentKind.CannotDoStep, @"\b(?:don'?t|do not) have (?:the |any |enough |sufficient )?(?:local )?(?:admin|administrator|rights|right|permission|permissions|access|privileges)\b"),
        Phrase(IntentKind.CannotDoStep, @"\bno (?:local )?(?:admin|administrator) (?:rights|access|permissions?|privileges)\b|\b(?:i'?m|i am) not (?:an? |the )?(?:local )?admin(?:istrator)?\b|\bnot (?:allowed|permitted) to\b"),
        Phrase(IntentKind.CannotDoStep, @"\b(?:can'?t|cannot|can not|unable to|not able to) (?:do|run|perform|follow|complete|try|execute|open) (?:that|this|it|the (?:step|command|fix|script))\b"),
        Phrase(IntentKind.CannotDoStep, @"\b(?:no|don'?t have|without) access to (?:the )?(?:portal|azure portal|console|registry|server console|host)\b|\bneed (?:an? )?admin\b|\blocked down\b"),

        Phrase(IntentKind.NextFix, @"^\W*(?:next|skip|pass|another|another one|next one|next please)\W*$|\bskip\b|\bnext (?:one|fix|option|solution|suggestion|idea)\b"),
        Phrase(IntentKind.NextFix, @"\b(?:another|a different|different|other) (?:fix|solution|suggestion|thing to try)\b|\b(?:try|show|give|suggest|tell) (?:me )?(?:something|anything) else\b|\bwhat'?s next\b|\bmove on\b"),
        Phrase(IntentKind.NextFix, @"\b(?:something|anything) else (?:i|we) (?:could|can|should|might) (?:try|do)\b"),

        Phrase(IntentKind.WhatElse, @"\bwhat else\b|\bwhy else\b|\b(?:could|can|might) it be something else\b"),
        Phrase(IntentKind.WhatElse, @"\b(?:other|another|more|different)\s+(?:\w+\s+)?(?:cause|causes|reason|reasons|possibilit\w+|explanations?|ideas?|culprits?|suspects?)\b"),

        Phrase(IntentKind.ShowFixes, @"\b(?:just |only )?(?:show|give|tell|send) (?:me |us )?(?:the |a |your |some )?(?:fix|fixes|solution|solutions|steps)\b(?! (?:again|before))"),
        Phrase(IntentKind.ShowFixes, @"\b(?:skip|enough|no more|stop (?:asking|the)|too many) (?:the |with the |of (?:the |these |your )?)?questions\b|\bstop asking\b|\bget to the (?:fix|fixes|point|solution)\b"),
        Phrase(IntentKind.ShowFixes, @"\bjust (?:tell me )?(?:what|how) (?:to|do i|should i) (?:do|fix|try)\b|\bwhat (?:should|do|can) i (?:do|try)(?: now)?\W*$"),

        Phrase(IntentKind.AskWhy, @"\bwhy (?:do|are|did|would) you (?:ask|want to know|need to know|need that)\w*\b|\bwhy (?:does|would|is) (?:that|this|it) (?:matter|important|relevant|needed)\b|\bwhy (?:this|that) (?:question|fix|one|step)\b"),
        Phrase(IntentKind.AskWhy, @"^\W*why\W*$|\bwhy (?:should i|would i|do i need to) (?:do|try|run) (?:this|that|it)\b"),
        Phrase(IntentKind.AskMeaning, @"\bwhat (?:does|do|would|will) (?:this|that|it|the (?:step|command|fix)|\S+) (?:mean|do|change)\b(?!.{0,20}\bfor me\b.{0,20}\bwork)|\bwhat(?: is|'s) (?:this|that) (?:for|about)\b|\bwhat(?: is|'s) (?:an? )?(?:nla|credssp|tls|schannel|machinekeys|rdp certificate|security layer|run command)\b"),
        Phrase(IntentKind.AskMeaning, @"\b(?:i )?(?:don'?t|do not) (?:understand|get) (?:this|that|it|the question|what you mean)\b|^\W*(?:explain|meaning|what do you mean)\W*$|\bcan you explain\b|\bwhat do you mean\b"),
        Phrase(IntentKind.AskSafety, @"\bis (?:this|that|it) (?:safe|risky|dangerous|ok to do|okay to do|reversible)\b|\bwhat(?: is|'s| are) the risks?\b|\bhow risky\b|\bcan (?:this|that|it) (?:break|hurt|damage|harm)\b|\bwill (?:this|that|it) (?:break|disconnect|kick|log off|restart|reboot)\b|\bcan i undo\b"),
        Phrase(IntentKind.Objection, @"\bno way\b|\bi (?:won'?t|will not|refuse to|would never|'?d never)\b|\bi(?:'?m| am) not (?:going to|gonna|comfortable|doing (?:that|this|it))\b|\b(?:can'?t|cannot) risk\b|\btoo (?:risky|dangerous)\b"),
        Phrase(IntentKind.Objection, @"\b(?:not|never) (?:on|in) (?:a |the |our )?(?:production|prod|live)\b|\b(?:can'?t|cannot) (?:restart|reboot|take (?:it|the server|the host) (?:down|offline))\b|\bnot (?:during|in) (?:business|working|office) hours\b"),
        Phrase(IntentKind.Correction, @"\bwrong (?:button|answer|choice|option|one|click|reply)\b|\b(?:clicked|pressed|hit|chose|picked|tapped|selected) the wrong\b|\bmis-?click\w*"),
        Phrase(IntentKind.Correction, @"\bi meant\b(?!\s+to\b)|\b(?:sorry|no|oops|wait)\W+i mean\b|\bcorrection\b|\bscratch that\b|\bmy (?:mistake|bad)\b|\bi (?:was wrong|misread|answered wrong)\b|\bthat'?s not (?:right|what i meant)\b"),
        Phrase(IntentKind.Correction, @"^\W*(?:(?:no|sorry|oops|actually|wait)\W+)*not\s+[^,.;!?]{1,40}[,;-]+\s*(?:(?:it|that|this)\s*(?:'s|is|was)|i\s+(?:meant|mean|use|have|am)|(?:but|rather)\b)"),

        Phrase(IntentKind.CheckHost, $@"{Request}{CheckVerb}\b", PhraseRule.NeedsHost),
        Phrase(IntentKind.CheckHost, $@"{Request}{CheckVerb}\s+(?:my|the|this|our|that)\s+(?:host|server|vm|machine|pc|computer|connection|certificate|cert)\b"),
        Phrase(IntentKind.CheckHost, @"\bis\s+\S+\s+(?:up|down|reachable|online|alive|listening|responding)\b", PhraseRule.NeedsHost),

        Phrase(IntentKind.WatchHost, @"\b(?:watch|monitor|keep an eye on|keep watch on|subscribe(?: me)? to|track)\b", PhraseRule.NeedsHost),
        Phrase(IntentKind.WatchHost, @"\b(?:watch|monitor|keep an eye on|track)\b.{0,60}\b(?:cert\w*|expir\w*)"),
        Phrase(IntentKind.WatchHost, @"\b(?:warn|alert|notify|remind|tell|ping|message) me\b.{0,80}\b(?:expir\w*|renew\w*|cert\w*|runs out)|\blet me know\b.{0,60}\bexpir\w*"),
        Phrase(IntentKind.WatchHost, @"^\W*(?:watch|monitor) (?:a|an|my|the) (?:host|server|computer|machine)\W*$"),
        Phrase(IntentKind.StopWatching, @"\b(?:stop|quit|cease|no longer|don'?t|do not)\s+(?:\w+\s+){0,2}?(?:watching|monitoring|tracking|warning me|warn me|alerting me)\b|\bunsubscribe\b|\bunwatch\b"),
        Phrase(IntentKind.ListWatches, @"\bwhat(?: hosts?| servers?)? (?:am i|are you|do i have you) (?:watching|monitoring|tracking|subscribed to)\b|\b(?:list|show)(?: me)? (?:my |the )?(?:watch(?:es|ed hosts| list)?|subscriptions)\b|\bmy (?:watch(?:es|ed hosts| list)|subscriptions)\b"),
    ];

    /// <summary>The phrasings read together: one search of a message for what all of them need.</summary>
    public static readonly TextPatternSet<IntentPhrase> Set = new(All, phrase => phrase.Pattern);

    private static IntentPhrase Phrase(IntentKind kind, string pattern, PhraseRule rule = PhraseRule.Always) =>
        new(kind, TextPattern.Create(pattern), rule);
}
