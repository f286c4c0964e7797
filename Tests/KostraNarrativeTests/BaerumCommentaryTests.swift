import KostraAnalysis
import KostraModel
import KostraNarrative
import Testing

/// The commentary on the real Bærum 2024 profile says what the published report says.
@Suite struct BaerumCommentaryTests {
    let sentences: [CommentarySentence]

    init() throws {
        sentences = try ProfileFixtures.writer().sentences(for: ProfileFixtures.baerum2024())
    }

    private func said(_ indicator: String, rule: String) -> [CommentarySentence] {
        sentences.filter { $0.indicator == indicator && $0.rule == rule }
    }

    @Test func opensWithASummary() throws {
        let first = try #require(sentences.first)
        #expect(first.indicator == nil)
        #expect(first.rule == "summary")
        #expect(first.text.hasPrefix("Bærum ligger under snittet for ASSS på "))
    }

    @Test func lowestShareOfYoungRecipients() throws {
        let sentence = try #require(said("recipients-18-24-share", rule: "extreme.lowest").first)
        #expect(sentence.text.contains("Bærum er lavest i ASSS-nettverket"))
        #expect(sentence.text.contains("2,3 %"))
    }

    @Test func lowestShareOfRecipients18To67() throws {
        let sentence = try #require(said("recipients-18-67-share", rule: "extreme.lowest").first)
        #expect(sentence.text.contains("lavest i ASSS-nettverket"))
        #expect(sentence.text.contains("2,6 %"))
    }

    @Test func payoutPerRecipientIsTenPercentBelow() throws {
        let sentence = try #require(said("payout-per-recipient", rule: "position").first)
        #expect(sentence.text.contains("godt under snittet for ASSS"))
        #expect(sentence.text.contains("kr 70 784 mot kr 78 830"))
        #expect(sentence.text.contains("10 % lavere enn snittet"))
        // Neutral polarity: no judgement.
        #expect(!sentence.text.contains("bedre") && !sentence.text.contains("svakere"))
    }

    @Test func workOrEducationAfterKVPIsAboveAverage() throws {
        let sentence = try #require(said("kvp-work-education-share", rule: "position").first)
        #expect(sentence.text.contains("over snittet for ASSS"))
        #expect(sentence.text.contains("73,5 % mot 67,2 %"))
        #expect(sentence.text.contains("9 % høyere enn snittet for ASSS og 6,3 prosentpoeng høyere"))
        #expect(sentence.text.contains("bedre enn snittet"))
    }

    @Test func resourceUseIsTwelvePercentLess() throws {
        let sentence = try #require(said("rbi", rule: "resourceUse").first)
        #expect(sentence.text.hasPrefix("Bærum bruker 12 % mindre enn snittet for ASSS"))
        #expect(sentence.text.contains("0,877"))
        #expect(said("rbi", rule: "position").isEmpty)
    }

    @Test func sentencesFollowProfileOrder() throws {
        let profile = try ProfileFixtures.baerum2024()
        let order = profile.rows.map(\.indicator.id)
        let mentioned = sentences.compactMap(\.indicator)
        let positions = mentioned.compactMap { order.firstIndex(of: $0) }
        #expect(positions == positions.sorted())
    }

    @Test func everyStatedFigureIsAnInput() throws {
        for sentence in sentences {
            let missing = FigureCheck.unbackedFigures(in: sentence)
            #expect(missing.isEmpty, "\(sentence.text) states \(missing) without an input")
        }
    }

    @Test func noSentenceAssertsACause() {
        for sentence in sentences {
            for word in ["fordi", "skyldes", "på grunn av", "som følge av", "årsak"] {
                #expect(!sentence.text.contains(word), "\(sentence.text)")
            }
        }
    }

    @Test(.disabled("prints the commentary for review")) func dump() {
        for sentence in sentences { print("[\(sentence.rule)] \(sentence.text)") }
    }
}
