"""Named examples per extractor, run through the whole pipeline on a tiny page."""

from __future__ import annotations

import reviewparse
from reviewparse.models import Work


def work_of(text: str) -> Work:
    page = reviewparse.parse(f"My Drama Review\n{text}", format="text")
    assert page.works, text
    return page.works[0]


def test_episode_count_from_label() -> None:
    assert work_of("Episodes: 16\nThe drama is great.").episodes == 16


def test_episode_number_is_not_a_count() -> None:
    assert work_of("The twist in episode 7 floored me.").episodes is None


def test_episode_count_of_another_show_is_ignored() -> None:
    assert work_of("Unlike Hospital Playlist's 12 episodes, the pace is slow.").episodes is None


def test_compound_episode_count() -> None:
    assert work_of("The 12-episode series moves fast.").episodes == 12


def test_runtime_range() -> None:
    runtime = work_of("Each episode runs 70–85 minutes.").runtime
    assert runtime is not None and (runtime.min_minutes, runtime.max_minutes) == (70, 85)


def test_runtime_hours_and_minutes() -> None:
    runtime = work_of("Duration: 1 hr. 10 min.").runtime
    assert runtime is not None and runtime.min_minutes == 70


def test_timeslot_is_not_a_runtime() -> None:
    assert work_of("It aired Thursdays at 21:00 on JTBC.").runtime is None


def test_about_an_hour() -> None:
    runtime = work_of("Each episode runs about an hour.").runtime
    assert runtime is not None and runtime.min_minutes == 60


def test_network_and_platform_aliases() -> None:
    work = work_of("It aired on KBS2 and streams on Amazon Prime and Disney Plus.")
    assert work.networks == ["KBS2"]
    assert work.platforms == ["Prime Video", "Disney+"]


def test_aired_prose_range() -> None:
    work = work_of("It aired on KBS2 from May 3 to June 22, 2021.")
    assert work.aired is not None and (work.aired.start, work.aired.end) == (
        "2021-05-03",
        "2021-06-22",
    )
    assert work.year == 2021


def test_cast_as() -> None:
    work = work_of("Cast\n- Kim Soo-hyun as Moon Kang-tae\n- Seo Yea-ji as Ko Moon-young")
    assert [(c.actor, c.character) for c in work.cast] == [
        ("Kim Soo-hyun", "Moon Kang-tae"),
        ("Seo Yea-ji", "Ko Moon-young"),
    ]


def test_cast_character_then_actor_in_parentheses() -> None:
    work = work_of("Cast\n- Moon Kang-tae (Kim Soo-hyun) – a caretaker.")
    assert (work.cast[0].actor, work.cast[0].character) == ("Kim Soo-hyun", "Moon Kang-tae")
    assert work.cast[0].description == "a caretaker."


def test_cast_plays() -> None:
    work = work_of("In the drama, Park Bo-young plays Jung Da-eun, a nurse.")
    assert (work.cast[0].actor, work.cast[0].character) == ("Park Bo-young", "Jung Da-eun")


def test_starring_gives_actors_without_characters() -> None:
    work = work_of("The drama is starring Hyun Bin, Son Ye-jin and Kim Jung-hyun.")
    assert [(c.actor, c.character) for c in work.cast] == [
        ("Hyun Bin", None),
        ("Son Ye-jin", None),
        ("Kim Jung-hyun", None),
    ]


def test_award_with_edition_and_category() -> None:
    work = work_of("Kim Hye-ja won Best Actress at the 57th Baeksang Arts Awards.")
    award = work.awards[0]
    assert (award.ceremony, award.edition, award.outcome, award.category) == (
        "Baeksang Arts Awards",
        57,
        "won",
        "Best Actress",
    )


def test_award_nomination_with_year() -> None:
    award = work_of("It was nominated for Best Drama at the 2021 Asian Television Awards.").awards[0]
    assert (award.outcome, award.year) == ("nominated", 2021)


def test_genres_before_kind_noun() -> None:
    assert work_of("This 2020 psychological romance drama hurts.").genres == [
        "psychological",
        "romance",
    ]


def test_romantic_comedy_is_one_genre() -> None:
    assert work_of("It is a romantic comedy about a CEO.").genres == ["romantic comedy"]


def test_genres_after_the_noun_in_indonesian_and_after_genre_words() -> None:
    assert work_of("Drama romansa sejarah ini mengikuti seorang tabib istana.").genres == [
        "romance",
        "historical",
    ]
    assert work_of("Serial ini hadir dengan genre misteri dan komedi.").genres == ["mystery", "comedy"]
    assert work_of("Es una serie del género de misterio.").genres == ["mystery"]


def test_a_compound_noun_genre_after_is_a() -> None:
    # two genres, as SPEC's example splits "psychological romance"
    assert work_of("The series is a legal thriller.").genres == ["legal", "thriller"]


def test_full_of_drama_keeps_drama_as_a_genre() -> None:
    assert work_of("The drama is full of drama, romance and comedy.").genres == [
        "drama",
        "romance",
        "comedy",
    ]


def test_country_from_k_drama() -> None:
    assert work_of("This K-drama is great.").country == "South Korea"


def test_credits() -> None:
    work = work_of("The series was written by Jo Yong and directed by Park Shin-woo.")
    assert (work.writers, work.directors) == (["Jo Yong"], ["Park Shin-woo"])


def test_production_companies_not_people() -> None:
    assert work_of("The drama is produced by Kim Hie-yeol.").production_companies == []
    assert work_of("Produced by Story TV and Gold Medalist, it shines.").production_companies == [
        "Story TV",
        "Gold Medalist",
    ]


def test_review_rating_not_third_party() -> None:
    page = reviewparse.parse("X Review\nIMDb: 8.7/10\nRating: 8.5/10\n", format="text")
    assert page.review.rating is not None
    assert (page.review.rating.value, page.review.rating.scale) == (8.5, 10)


def test_stars_rating_and_byline() -> None:
    page = reviewparse.parse("X Review\nBy Jane Doe\n★★★★☆\nIt was fine.\n3 Comments", format="text")
    assert page.review.author == "Jane Doe"
    assert page.review.rating is not None and page.review.rating.value == 4
    assert page.review.comments == 3


def test_a_channel_in_another_titles_schedule_line_is_not_the_works() -> None:
    work = reviewparse.parse(
        "Orchard Lane begins on JTBC in April\n"
        "Orchard Lane, a ten-episode family drama, begins on JTBC on April 14, 2025.\n"
        "Spring premieres\n"
        'Apr 8 - "Tokyo Tax Detectives" (TV Asahi)\n'
        'Apr 11 - "The Last Bento" (TBS, 9 episodes)\n',
        format="text",
    ).works[0]
    assert work.networks == ["JTBC"]
    assert [member.actor for member in work.cast] == []  # "(TV Asahi)" is no actor of a role


def test_a_name_then_a_date_under_the_headline_is_the_author() -> None:
    page = reviewparse.parse(
        "Orchard Lane Is a Gentle Surprise - The Weekly\n"
        "Menu\nSubscribe\n"
        "Orchard Lane Is a Gentle Surprise\n"
        "Dana Whitfield Dec 29 2024, 12:16 PM ET\n"
        "Orchard Lane is a ten-episode JTBC drama about a family orchard and the siblings who come home "
        "to save it, and it is better than its quiet marketing suggests, with warm performances all round.\n",
        format="text",
    )
    assert page.review.author == "Dana Whitfield"
    assert page.review.published == "2024-12-29"


def test_a_photo_credit_is_no_cast() -> None:
    work = work_of(
        "In this image released by Harbor Films, Kim Ha-neul, left, and Jung Woo appear in a scene "
        "from the drama. (AP Photo/Harbor Films, Lee Jin-man)"
    )
    assert "Harbor Films" not in [member.actor for member in work.cast]


def test_a_defining_sentence_names_the_work_when_the_headline_does_not() -> None:
    page = reviewparse.parse(
        "THE WEEKLY BINGE\nIssue #12 · May 5, 2024\nHi friends,\n"
        "Lanterns Over Jeonju (전주의 등불) is a 16-episode family melodrama that aired on KBS2 in 2024.\n"
        "I loved every minute of it.\n",
        format="text",
    )
    assert [work.title for work in page.works] == ["Lanterns Over Jeonju"]
    assert page.works[0].episodes == 16


def test_a_newsletter_written_by_someone_names_the_author_not_a_writer() -> None:
    page = reviewparse.parse(
        "THE WEEKLY BINGE\nA weekly letter about Korean dramas, written by Dana Whitfield\n"
        "Lanterns Over Jeonju is a 16-episode family drama that aired on KBS2. "
        "It was written by Seo Min-ah.\n",
        format="text",
    )
    assert page.review.author == "Dana Whitfield"
    assert page.works[0].writers == ["Seo Min-ah"]


def test_a_database_page_copied_as_text_reads_its_label_lines_and_cast_lines() -> None:
    work = reviewparse.parse(
        "Lanterns Over Jeonju (2024)\n"
        "Details\nDrama:\nLanterns Over Jeonju\nEpisodes:\n16\nOriginal Network:\nKBS2\n"
        "Cast & Credits\n"
        "Jang Hye-won\nDirector\nSeo Min-ah\nScreenwriter\n"
        "Han Ji-ho\nMin Jae-woo\nMain Role\nLee Seo-yun\nBora\nSupport Role\n"
        "Reviews\n"
        "Han Ji-ho finally gets a role that fits him after Iron Mask Detective (OCN, 20 episodes).\n",
        format="text",
    ).works[0]
    assert (work.episodes, work.networks) == (16, ["KBS2"])
    assert (work.directors, work.writers) == (["Jang Hye-won"], ["Seo Min-ah"])
    assert [(member.actor, member.character) for member in work.cast] == [
        ("Han Ji-ho", "Min Jae-woo"),
        ("Lee Seo-yun", "Bora"),
    ]


def test_a_korean_blog_scores_out_of_a_maximum_and_an_earlier_dramas_channel_is_not_this_ones() -> None:
    page = reviewparse.parse(
        "[드라마 리뷰] 서촌 사진관 완결 후기\n"
        "서촌 사진관은 tvN에서 방영한 16부작 드라마예요. 도재헌 배우는 작년에 본 검은 바다(JTBC, 12부작)에서 "
        "악역으로만 기억했는데 이번엔 다정했어요.\n"
        "제 점수는 10점 만점에 8.5점입니다!\n",
        format="text",
    )
    work = page.works[0]
    assert work.title == "서촌 사진관"
    assert (work.networks, work.episodes) == (["tvN"], 16)
    assert page.review.rating is not None and (page.review.rating.value, page.review.rating.scale) == (
        8.5,
        10,
    )


def test_korean_news_credits_runtime_and_an_earlier_dramas_network() -> None:
    work = reviewparse.parse(
        "'수요일의 증인' 첫 방송…MBC 금토극 출격\n"
        "MBC 새 금토드라마 '수요일의 증인'이 오는 24일 첫 방송을 앞두고 있다. "
        "2024년 5월 24일 오후 9시 50분 첫 방송을 시작으로 총 12부작으로 회당 약 60분 분량이다. "
        "윤서강은 지난 2022년 KBS2 '파도의 집'(20부작)에서 간호사로 분해 그해 KBS 연기대상 우수상을 받았다. "
        "연출은 '붉은 계단'으로 최고 시청률 14.8%를 기록한 이현묵 감독이, "
        "극본은 신예 조은솔 작가가 맡았다.\n",
        format="text",
    ).works[0]
    assert (work.networks, work.episodes) == (["MBC"], 12)
    assert work.runtime is not None and (work.runtime.min_minutes, work.runtime.max_minutes) == (60, 60)
    assert (work.directors, work.writers) == (["이현묵"], ["조은솔"])


def test_festival_news_credits_stay_with_their_own_films() -> None:
    work = reviewparse.parse(
        "'The Ferryman's Winter' Takes Top Prize at Harbor Film Festival\n"
        "Kaito Morishima's Japanese drama \"The Ferryman's Winter\" won the top prize on Saturday. "
        'The prize for direction went to Chilean filmmaker Ana Ferrer for "Dust of Atacama". '
        "The 2024 film was written by Morishima and Yuko Hanai. "
        "This year's jury, chaired by Korean director Park Eun-seo, watched 14 films.\n"
        "Best Screenplay: Tomas Castell, The Lighthouse Daughters\n",
        format="text",
    ).works[0]
    assert work.title == "The Ferryman's Winter"
    assert work.directors == ["Kaito Morishima"]
    assert work.writers == ["Kaito Morishima", "Yuko Hanai"]


def test_cast_lists_with_roles_in_parentheses_read_in_the_pages_convention() -> None:
    spanish = reviewparse.parse(
        "Reseña: La oficina de correos de Otaru\n"
        "Reparto: Sōta Hirano (Kenji Arima), Nanami Ueda (Yuki Sakakibara), Haru Nishiyama\n"
        "La serie japonesa es una joya tranquila que se ve de un tirón, y el reparto está estupendo.\n",
        format="text",
    ).works[0]
    assert [(m.actor, m.character) for m in spanish.cast] == [
        ("Sōta Hirano", "Kenji Arima"),
        ("Nanami Ueda", "Yuki Sakakibara"),
        ("Haru Nishiyama", None),
    ]
    indonesian = work_of(
        "Baca juga: Drakor MBC 12 Episode\nPemain: Moon Seo-jun (sebagai Ryu Min-seok), Ha Eun-byul"
    )
    assert [(m.actor, m.character) for m in indonesian.cast] == [
        ("Moon Seo-jun", "Ryu Min-seok"),
        ("Ha Eun-byul", None),
    ]
    assert indonesian.networks == [] and indonesian.episodes is None  # "Baca juga" links another post


def test_a_diary_style_film_review_page() -> None:
    page = reviewparse.parse(
        "<html><head><title>\u200eThe Orchard at Dusk (2023) review by mothlight • Frameroll</title></head>"
        "<body>"
        "<h1>The Orchard at Dusk <small>2023</small></h1><p>Directed by Marta Ilić</p>"
        "<p>Review by mothlight ★★★½</p><p>Watched 14 Mar 2024</p>"
        "<p>A film about staying. Ana Perić as Vesna is extraordinary, and Dario Vuković (so good in Winter "
        "Ferries) deserved more to play. The last twenty minutes almost lost me, "
        "but the final shot won me back.</p>"
        "<p>Reviewed 15 Mar 2024</p><h3>Film details</h3><p>Country</p><p>Croatia</p></body></html>",
        format="html",
    )
    work = page.works[0]
    assert (work.title, work.year, work.country, work.directors) == (
        "The Orchard at Dusk",
        2023,
        "Croatia",
        ["Marta Ilić"],
    )
    assert "Winter Ferries" not in [member.actor for member in work.cast]
    assert page.review.author == "mothlight"
    assert page.review.published == "2024-03-15"
    assert page.review.rating is not None and (page.review.rating.value, page.review.rating.scale) == (3.5, 5)


def test_praise_between_actor_and_role_still_pairs_them_with_true_evidence() -> None:
    page = reviewparse.parse(
        "Harrow Point Review\nHarrow Point is a psychological thriller set in a fishing town. "
        "Ellen Brightwater is wonderful as Mae Dunning, the town's sheriff. "
        "It runs until the finale on April 11, 2025, with episodes of between 48 and 61 minutes.\n",
        format="text",
    )
    work = page.works[0]
    assert [(m.actor, m.character) for m in work.cast] == [("Ellen Brightwater", "Mae Dunning")]
    assert work.genres == ["psychological", "thriller"]
    assert work.runtime is not None and (work.runtime.min_minutes, work.runtime.max_minutes) == (48, 61)
    cast_evidence = [e.text for e in page.evidence if e.field.startswith("/works/0/cast/0")]
    assert cast_evidence and cast_evidence[0].startswith("Ellen Brightwater")


def test_a_feature_length_runtime_line_makes_a_film_in_a_roundup() -> None:
    works = reviewparse.parse(
        "The 3 Best Korean Thrillers of the 2010s, Ranked\n"
        "Every film below is a Korean thriller released between 2010 and 2019.\n"
        "1. Nightwatch at Jangmun Pass (2016)\n"
        "Director: Hwang In-seok | Starring: Cho Jae-beom, Lee Na-yoon | Runtime: 118 min\n"
        "A crime thriller about a missing-person case; the director later made a 12-episode tvN series.\n"
        "2. Cold Noodles for the Dead (2011)\n"
        "Director: Ko Min-jae | Starring: Bang Chul-soo | Runtime: 96 min\n"
        "A lean revenge thriller about a noodle-shop owner. Bang Chul-soo played fathers on KBS dramas.\n",
        format="text",
    ).works
    assert [(work.title, work.kind) for work in works] == [
        ("Nightwatch at Jangmun Pass", "film"),
        ("Cold Noodles for the Dead", "film"),
    ]
    assert works[1].genres == ["revenge", "thriller"]


def test_a_spanish_list_of_chinese_dramas_gives_country_and_sentence_start_genres() -> None:
    works = reviewparse.parse(
        "Los 2 mejores doramas chinos de 2024\nPor Valeria Santamaría | 19 de diciembre de 2024\n"
        "Estos son los dos mejores doramas chinos que se estrenaron este año, con sus episodios.\n"
        "1. El jardín de las linternas (2024)\nEpisodios: 36 | Plataforma: iQIYI\n"
        "Romance histórico de los que se cocinan a fuego lento, con un palacio y mucho secreto.\n"
        "2. La espada del río helado (2024)\nEpisodios: 40 | Plataforma: Youku\n"
        "Wuxia de los de antes, con peleas en tejados nevados y venganzas que duran tres generaciones.\n",
        format="text",
    ).works
    assert [(w.title, w.country, w.genres) for w in works] == [
        ("El jardín de las linternas", "China", ["romance", "historical"]),
        ("La espada del río helado", "China", ["wuxia"]),
    ]


def test_country_labels_in_other_languages_and_countries_beyond_asia() -> None:
    assert work_of("País: Japón\nLa serie es preciosa.").country == "Japan"
    assert work_of("The movie, a Norwegian drama directed by Anders Lind, is cold.").country == "Norway"


def test_a_blog_reviews_side_remarks_lend_nothing() -> None:
    work = work_of(
        "Rain Check at Mangwon is a 12-episode JTBC drama. Seo Ji-an spent sixteen episodes as a prosecutor "
        "in MBC's Iron Verdict (2021). If you need something gentle after a heavy thriller, put this on.\n"
        "Cast\n- Lee Hyun-jae as Woo-jin\n- Jung Woo-sang (cameo)\nAlso appearing: Kim Ha-ru\n"
    )
    assert (work.networks, work.genres) == (["JTBC"], [])
    assert [(m.actor, m.character) for m in work.cast] == [
        ("Lee Hyun-jae", "Woo-jin"),
        ("Jung Woo-sang", None),
        ("Kim Ha-ru", None),
    ]


def test_spanish_prose_cast_with_articles_and_descriptions() -> None:
    work = work_of(
        "Ma Yichen interpreta al detective Lu Mingyuan, que solo piensa de noche. "
        "Protagonizada por la veterana Song Lihua, que interpreta a una abuela terca, "
        "y por Jiang Ruoxi como su nieta Mei."
    )
    assert {(m.actor, m.character) for m in work.cast} == {
        ("Ma Yichen", "Lu Mingyuan"),
        ("Song Lihua", None),
        ("Jiang Ruoxi", "Mei"),
    }


def test_festival_awards_carry_their_ceremony_and_prize_names() -> None:
    work = reviewparse.parse(
        "'The Ferryman's Winter' Takes Top Prize\n"
        '"The Ferryman\'s Winter" won the Golden Crane, the top prize, at the 19th Jeju Harbor International '
        "Film Festival on Saturday. Veteran actor Ren Takeda also won Best Actor for his performance. "
        "Kaito Morishima was nominated for Best Director, "
        'but that prize went to Ana Ferrer for "Dust of Atacama".\n',
        format="text",
    ).works[0]
    got = {(a.ceremony, a.edition, a.category, a.outcome) for a in work.awards}
    assert ("Jeju Harbor International Film Festival", 19, "Golden Crane", "won") in got
    assert ("Jeju Harbor International Film Festival", 19, "Best Actor", "won") in got
    assert ("Jeju Harbor International Film Festival", 19, "Best Director", "nominated") in got


def test_a_saved_text_page_finds_its_title_under_the_title_line() -> None:
    page = reviewparse.parse(
        "The Orchard at Dusk (2023) review by mothlight • Frameroll\n"
        "Films\nLists\nMembers\n4 comments\n"
        "The Orchard at Dusk 2023\nDirected by Marta Ilić\nReview by mothlight ★★★½\n"
        "A film about staying, and about the one who does not leave when everyone else in the village has.\n",
        format="text",
    )
    assert [(w.title, w.year) for w in page.works] == [("The Orchard at Dusk", 2023)]
    assert page.works[0].directors == ["Marta Ilić"]


def test_a_facts_line_gives_year_and_runtime_and_a_setting_year_is_no_air_year() -> None:
    work = reviewparse.parse(
        "'The Cartographer's Wife' review: an icy, handsome marriage drama\n"
        "The Cartographer's Wife (2024) · Drama · Rated R for some language · 1h 52m\n"
        "It is set in 1911, in a mining settlement on the coast, and it looks gorgeous.\n",
        format="text",
    ).works[0]
    assert work.year == 2024
    assert work.runtime is not None and work.runtime.min_minutes == 112


def test_a_blogger_post_body_of_br_lines_is_read() -> None:
    html = (
        "<html><head><title>Kimchi &amp; Subtitles: Review: The Night Tailor of Euljiro (2023)</title></head>"
        "<body class='loading'><div class='widget Blog' id='Blog1'><div class='post hentry'>"
        "<h3 class='post-title entry-title'>Review: The Night Tailor of Euljiro (2023)</h3>"
        "<div class='post-body entry-content' itemprop='description articleBody'>"
        "I put off writing this one for a week because I did not want it to be over.<br>"
        "<b>Episodes:</b> 16<br><b>Broadcast network:</b> JTBC<br>"
        "<b>Broadcast period:</b> 2023-Apr-08 to 2023-May-28<br>"
        "</div></div></div></body></html>"
    )
    work = reviewparse.parse(html, format="html").works[0]
    assert (work.title, work.episodes, work.networks) == ("The Night Tailor of Euljiro", 16, ["JTBC"])
    assert work.aired is not None and (work.aired.start, work.aired.end) == ("2023-04-08", "2023-05-28")


def test_a_naver_blog_cast_lines_and_a_tistory_related_list() -> None:
    work = reviewparse.parse(
        "[드라마 리뷰] 안개 정원의 비밀 12부작 정주행 후기 (스포 약간)\n"
        "'안개 정원의 비밀'은 JTBC에서 방송된 12부작 드라마예요. 장르는 미스터리 로맨스이고, 재밌어요. "
        "식물원을 배경으로 언니의 실종을 파헤치는 이야기인데, 매회 마지막 장면이 너무 궁금해서 밤을 새워 "
        "정주행했어요. 배우들의 연기도 좋고 영상미도 예뻐서 추천하고 싶은 드라마예요.\n"
        "등장인물\n윤하림 (배우 정소라) – 언니의 실종을 파헤치는 신입 정원사\n"
        "정소라 배우는 전작 '붉은 우산'(tvN, 16부작)에서 내내 울기만 했어요.\n"
        "'드라마 리뷰' 카테고리의 다른 글\n[1~4회 감상] 겨울 항구, MBC 주말극 기대 이상\n",
        format="text",
    ).works[0]
    assert (work.title, work.networks, work.episodes) == ("안개 정원의 비밀", ["JTBC"], 12)
    assert work.genres == ["mystery", "romance"]
    assert [(m.actor, m.character) for m in work.cast] == [("정소라", "윤하림")]


def test_a_forum_thread_review() -> None:
    page = reviewparse.parse(
        "K-Drama Corner\nForums › Reviews\n"
        "[Review] The Lighthouse Tailor (tvN) – finished all 16 eps, 9/10\n"
        "Thread starter pebble_and_moon · Start date Nov 18, 2025 · Replies: 5 · Views: 3,118\n"
        "pebble_and_moon\nSenior Member\nJoined: Mar 2019\n"
        "Finished The Lighthouse Tailor last night. "
        "It aired on tvN, 16 episodes, roughly 65 to 75 minutes each.\n",
        format="text",
    )
    work = page.works[0]
    assert (work.title, work.networks, work.episodes) == ("The Lighthouse Tailor", ["tvN"], 16)
    assert work.runtime is not None and (work.runtime.min_minutes, work.runtime.max_minutes) == (65, 75)
    assert (page.review.author, page.review.comments) == ("pebble_and_moon", 5)


def test_spanish_news_credits_genres_and_another_titles_channel() -> None:
    work = work_of(
        "Esta serie de misterio y romance sigue a una cartera en la isla. "
        "La actriz, recordada por «Rosas de medianoche» (SBS, 16 capítulos), vuelve en Netflix. "
        "Cuenta con guion de Jang Min-ah."
    )
    assert work.genres == ["mystery", "romance"]
    assert work.writers == ["Jang Min-ah"]
    assert work.networks == [] and work.episodes is None


def test_a_french_fiche_and_a_korean_film_credit_in_parentheses() -> None:
    page = reviewparse.parse(
        "Critique : Le Jardin des lucioles\nLe Jardin des lucioles est une série sud-coréenne.\n"
        "Note : 3,5/5\nNombre d'épisodes : 16\nRéalisation : Shin Hae-won\nScénario : Go Eun-sol\n"
        "Note des lecteurs : 4,1/5 (57 votes)\n",
        format="text",
    )
    work = page.works[0]
    assert (work.episodes, work.directors, work.writers) == (16, ["Shin Hae-won"], ["Go Eun-sol"])
    assert page.review.rating is not None and (page.review.rating.value, page.review.rating.scale) == (3.5, 5)
    korean = work_of("영화 '검은 염전'(감독 정우석)이 개봉 12일 만에 누적 관객 200만 명을 넘어섰다.")
    assert korean.directors == ["정우석"]


def test_a_text_page_whose_headline_repeats_the_title_line_without_the_site() -> None:
    page = reviewparse.parse(
        "Black Moss Fell review – a bleak, brilliant crime thriller | Television | The Evening Ledger\n"
        "Support the Ledger · Sign in\nNews Opinion Sport Culture\n"
        "Black Moss Fell review – a bleak, brilliant crime thriller\n"
        "Maeve Halloran is superb as a detective sent home to investigate her own family\n"
        "By Hattie Summers\nSun 12 Jan 2025 10.00 GMT\n"
        "There is a moment early in Black Moss Fell when Ellen Marsh stands at the top of a quarry road.\n",
        format="text",
    )
    assert [w.title for w in page.works] == ["Black Moss Fell"]


def test_roles_with_titles_and_appositives_and_a_platform_it_is_not_on() -> None:
    work = reviewparse.parse(
        "Harbor Precinct 2 Review: the detectives are back\n"
        "Harbor Precinct 2 is a crime drama. Oh Ha-neul is back as Detective Cha Yu-ri and Baek Ji-ho "
        "as her partner, Ma Seok-gu. Di Indonesia, drama ini bisa ditonton di Viu. "
        "Sayangnya belum ada di Netflix.\n"
        "Starts: Sunday 12 January 2025\n",
        format="text",
    ).works[0]
    assert {(m.actor, m.character) for m in work.cast} == {
        ("Oh Ha-neul", "Cha Yu-ri"),
        ("Baek Ji-ho", "Ma Seok-gu"),
    }
    assert work.platforms == ["Viu"]
    assert work.aired is not None and work.aired.start == "2025-01-12"


def test_an_info_box_network_stands_over_networks_named_in_passing() -> None:
    work = work_of(
        "Network: KBS2\nEpisodes: 16\n"
        "Tom Albers thinks the best medical drama ever made aired on MBC in 2007, and KBS should redo it."
    )
    assert work.networks == ["KBS2"]


def test_production_companies_in_several_phrasings() -> None:
    assert work_of("It is a Northlight Television production for the BBC.").production_companies == [
        "Northlight Television"
    ]
    assert work_of(
        "It was produced by Blackthorn Pictures in association with Tallgrass Media."
    ).production_companies == ["Blackthorn Pictures", "Tallgrass Media"]
    assert work_of("Sementara produksinya digarap oleh Monolith Pictures.").production_companies == [
        "Monolith Pictures"
    ]
    assert work_of("제작은 모래시계필름, 배급은 한빛엔터테인먼트가 맡았다.").production_companies == [
        "모래시계필름"
    ]


def test_actors_in_small_parts_and_roles_after_a_title_abbreviation() -> None:
    work = work_of(
        "Margaret Hollis is quietly terrifying in a small part. "
        "Veteran Noh Gap-su also appears in a supporting role. "
        "Veteran actor Deng Guoping turns up as the family patriarch. Bae Yu-jin plays Dr. Ahn So-ra, "
        "a surgeon. Sementara itu, Yoo Bi-na menjadi Gong Soo-ji, pedagang ikan."
    )
    assert {(m.actor, m.character) for m in work.cast} == {
        ("Margaret Hollis", None),
        ("Noh Gap-su", None),
        ("Deng Guoping", None),
        ("Bae Yu-jin", "Ahn So-ra"),
        ("Yoo Bi-na", "Gong Soo-ji"),
    }


def test_an_actor_is_a_described_role_then_its_name() -> None:
    work = work_of("Kim Tae-kyung is her rival collector, Go Man-su, and their stand-offs are great.")
    assert [(m.actor, m.character) for m in work.cast] == [("Kim Tae-kyung", "Go Man-su")]


def test_indonesian_this_and_that_drama_counts_and_genres_without_an_article() -> None:
    work = reviewparse.parse(
        "Tidal Bride Cetak Rekor Rating\n"
        "Drakor 16 episode ini tayang perdana 6 Januari 2024 di KBS2.\n"
        "Tidal Bride adalah drama romansa misteri tentang seorang pengantin di pulau kecil.\n"
        "Rekor sebelumnya dipegang Grandma's Sea (2022). Drama 50 episode itu juga tayang akhir pekan.\n",
        format="text",
    ).works[0]
    assert work.episodes == 16
    assert work.genres == ["romance", "mystery"]


def test_cast_completed_by_a_closing_list() -> None:
    work = work_of(
        "Completan el reparto Yoon Bo-ra y Choi Man-sik. Rounding out the cast are Lee Jae and Kim Ha-na."
    )
    assert {m.actor for m in work.cast} == {"Yoon Bo-ra", "Choi Man-sik", "Lee Jae", "Kim Ha-na"}


def test_a_roundup_of_plain_title_headings() -> None:
    about = "more great dramas than we had room for; these are the ones we keep talking about"
    html = (
        "<html><head><title>The best K-dramas of 2024 so far | Hallyu Weekly</title></head><body>"
        f"<h1>The best K-dramas of 2024 so far</h1><p>We are halfway through the year, with {about}.</p>"
        "<h2>Goodnight, Detective Oh</h2>"
        "<p>tvN's 12-episode crime comedy aired from February 3 to March 10 and is still funny.</p>"
        "<h2>Sixteen Summers</h2>"
        "<p>The year's big melodrama comes from JTBC: 16 episodes, each around 65 minutes long.</p>"
        "<h2>Tteokbokki Wars</h2>"
        "<p>The low-budget surprise of the year: ENA's 10-episode comedy about two rival stalls.</p>"
        "<h2>Honorable mentions</h2><p>Paper Swans and The Cheongju File came very close.</p></body></html>"
    )
    works = reviewparse.parse(html, format="html").works
    assert [(w.title, w.networks, w.episodes) for w in works] == [
        ("Goodnight, Detective Oh", ["tvN"], 12),
        ("Sixteen Summers", ["JTBC"], 16),
        ("Tteokbokki Wars", ["ENA"], 10),
    ]


def test_a_sidebar_details_table_is_kept_and_its_popular_posts_are_not() -> None:
    html = (
        "<html><head><title>Hotel Shirakaba – Review | Tokyo After Dark</title></head><body>"
        "<article><h1>Hotel Shirakaba – Review</h1><p>Some dramas grab you by the collar; this one holds the "
        "door open, takes your coat and waits for you to notice that something is wrong.</p></article>"
        "<aside class='widget-area'><section class='widget widget-details'><h2>Details</h2><table>"
        "<tr><th>Network</th><td>Nippon TV</td></tr><tr><th>Episodes</th><td>10</td></tr>"
        "<tr><th>Director</th><td>Mayu Kitagawa</td></tr></table></section>"
        "<section class='widget widget-popular'><h2>Popular Posts</h2><ul><li>Snow Country Diaries (Fuji TV, "
        "11 episodes) review</li></ul></section></aside></body></html>"
    )
    work = reviewparse.parse(html, format="html").works[0]
    assert (work.episodes, work.directors) == (10, ["Mayu Kitagawa"])
    assert "Fuji TV" not in work.networks


def test_the_headline_is_the_titled_line_above_a_standfirst() -> None:
    page = reviewparse.parse(
        "K-Hallyu Hoy\nInicio | Noticias | Doramas\n"
        "Confirmado el reparto de 'Mapo Lost and Found', la nueva serie coreana de misterio de tvN\n"
        "Song Ye-bin y Ko Jun-seo encabezarán el elenco de la serie, que también llegará a Disney+\n"
        "Por Lucía Ferreyra · 14 de noviembre de 2024\n"
        "El canal tvN confirmó el reparto de 'Mapo Lost and Found', "
        "que se emitirá en tvN y llegará a Disney+. "
        "La serie constará de 12 episodios.\n",
        format="text",
    )
    assert [w.title for w in page.works] == ["Mapo Lost and Found"]
    assert page.works[0].episodes == 12


def test_korean_rival_dramas_channels_and_a_trailing_comment_count() -> None:
    page = reviewparse.parse(
        "'유리구두 법률사무소' 최고 시청률 12.4%로 유종의 미\n"
        "SBS 금토드라마 '유리구두 법률사무소'가 해피엔딩으로 막을 내렸다. 최종회(16회)는 12.4%를 기록했다. "
        "같은 시간대 경쟁작인 MBC 금토드라마 '하얀 등대'는 5.8%를 기록했다.\n"
        "이 기사를 추천합니다 (128)  댓글 0\n",
        format="text",
    )
    assert page.works[0].networks == ["SBS"]
    assert page.review.comments == 0
    byline = reviewparse.parse(
        "The Quiet Hours Review\nby Kenji Whitlock Published\nDecember 16, 2024\n"
        "Some dramas grab you by the collar; this one holds the door open and waits.\n",
        format="text",
    )
    assert byline.review.author == "Kenji Whitlock"


def test_spanish_casting_news_in_the_future_and_past_tense() -> None:
    cast = work_of(
        "Song Ye-bin interpretará a Ha Yeon-joo, una detective. Ko Jun-seo dará vida a Baek Seung-ho. "
        "Oh Min-ji será Do Ga-eun, la hermana menor. Lee Do-hyun interpretó a Park Ji-won en la serie."
    ).cast
    assert [(c.actor, c.character) for c in cast] == [
        ("Song Ye-bin", "Ha Yeon-joo"),
        ("Ko Jun-seo", "Baek Seung-ho"),
        ("Oh Min-ji", "Do Ga-eun"),
        ("Lee Do-hyun", "Park Ji-won"),
    ]


def test_a_role_described_by_its_relation_to_someone_names_no_character() -> None:
    for text in (
        "Choi Kwang-hoon aparecerá como el jefe de Yeon-joo.",
        "Choi Kwang-hoon appears as the boss of Yeon-joo.",
        "Choi Kwang-hoon plays the father of Do-hee.",
    ):
        assert [(c.actor, c.character) for c in work_of(text).cast] == [("Choi Kwang-hoon", None)], text


def test_review_headlines_in_other_shapes_name_the_work() -> None:
    for headline in (
        "Review of Mapo Lost and Found",
        "Reseña de Mapo Lost and Found",
        "Review Drama Korea Mapo Lost and Found",
        "Drama review — Mapo Lost and Found",
        "[Review] Mapo Lost and Found",
    ):
        page = reviewparse.parse(f"{headline}\nMapo Lost and Found is a drama on tvN.", format="text")
        assert [work.title for work in page.works] == ["Mapo Lost and Found"], headline


def test_a_sentence_above_an_air_date_is_no_headline() -> None:
    page = reviewparse.parse("Mapo Review\nMapo is a drama.\nIt premiered on January 6, 2024.", format="text")
    assert [(w.title, w.aired.start if w.aired else None) for w in page.works] == [("Mapo", "2024-01-06")]


def test_korean_cast_lists_put_the_actor_first_even_without_yeok() -> None:
    cast = work_of("출연: 이민호(강준), 김고은 (서연), 박은빈(특별출연)").cast
    assert [(c.actor, c.character) for c in cast] == [
        ("이민호", "강준"),
        ("김고은", "서연"),
        ("박은빈", None),
    ]


def test_a_spanish_cast_label_on_an_english_page_lists_the_actor_first() -> None:
    cast = work_of("Reparto: Lee Min-ho (Kang Jun), Kim Go-eun (Seo Yeon)").cast
    assert [(c.actor, c.character) for c in cast] == [("Lee Min-ho", "Kang Jun"), ("Kim Go-eun", "Seo Yeon")]


def test_episode_counts_after_all_and_in_words_of_three_languages() -> None:
    assert work_of("I watched all 10 episodes in two days.").episodes == 10
    assert work_of("The drama runs for ten episodes.").episodes == 10
    assert work_of("La serie tiene diez episodios.").episodes == 10
    assert work_of("Drama ini hanya dua belas episode.").episodes == 12


def test_episode_numbers_reached_are_no_counts() -> None:
    assert work_of("Only two episodes in, I am hooked.").episodes is None
    assert work_of("Después de dos episodios ya estaba enganchada.").episodes is None


def test_a_runtime_word_at_the_line_start_labels_the_runtime() -> None:
    for text in ("러닝타임 118분", "상영시간 118분", "이 영화의 러닝타임은 118분이다.", "Runtime 1h 58m"):
        runtime = work_of(text).runtime
        assert runtime is not None and runtime.min_minutes == 118, text


def test_ratings_written_as_stars_out_of_a_scale() -> None:
    for text, value in (
        ("3.5/5 stars", 3.5),
        ("I give it 4 stars out of 5.", 4),
        ("Nilai: 4 dari 5 bintang", 4),
    ):
        page = reviewparse.parse(f"X Review\nIt was fine.\n{text}\n", format="text")
        assert page.review.rating is not None, text
        assert (page.review.rating.value, page.review.rating.scale) == (value, 5), text
    page = reviewparse.parse("X Review\nIMDb users rate it 4/5 stars\n", format="text")
    assert page.review.rating is None


def test_a_text_list_with_hash_numbers_facts_in_parentheses_and_a_cut_off_last_item() -> None:
    page = reviewparse.parse(
        "10 Best Korean Dramas of 2023\nBy Sarah Kim | December 20, 2023\n\n"
        "#1 Harbor Lights (Disney+)\nBased on a webtoon, this 20-episode superhero drama stars Ryu Ji-ho.\n\n"
        "#2 Winter Crown (Netflix)\nSong Mi-rae returns as Moon Dong-eun in the revenge sequel.\n\n"
        "#3 Paper Garden\nA gentle medical drama about a nurse, played by Park Bo-ra, on Netflix now.\n\n"
        "#4 Salt Road\nThis JTBC rom-com starring Lee Jun-seo was",
        format="text",
    )
    assert [(w.title, w.platforms or w.networks) for w in page.works] == [
        ("Harbor Lights", ["Disney+"]),
        ("Winter Crown", ["Netflix"]),
        ("Paper Garden", ["Netflix"]),
        ("Salt Road", ["JTBC"]),
    ]
    assert page.works[3].genres == ["romantic comedy"]


def test_numbered_titles_over_pipe_separated_facts_lines() -> None:
    page = reviewparse.parse(
        "Las mejores series coreanas de 2023\n\n1. Harbor Lights\nDisney+ | 20 episodios | Acción, fantasía\n"
        "Una historia de superhéroes.\n\n2. Paper Garden\nNetflix | 12 episodios | Médico\n"
        "Park Bo-ra interpreta a Jung Da-eun.",
        format="text",
    )
    assert [(w.title, w.episodes, w.genres) for w in page.works] == [
        ("Harbor Lights", 20, ["action", "fantasy"]),
        ("Paper Garden", 12, ["medical"]),
    ]


def test_a_menu_line_names_no_genre() -> None:
    assert work_of("Beranda | Drama | Film | Romansa\nIt is great.").genres == []


def test_the_headline_above_a_longer_standfirst_that_names_titles_too() -> None:
    page = reviewparse.parse(
        "NEWS WIRE\nHome > TV\n\n'The Lamp Keeper' signs off on a series high\n\n"
        "The tvN saga's finale drew 14.2% nationwide, while JTBC's 'Seven Days' climbed to 8.4% "
        "with its 10th episode\n\nBy Marcus Oyel\n\n"
        "'The Lamp Keeper' aired its 16th and last episode on Sunday, and it was a delight.",
        format="text",
    )
    assert [work.title for work in page.works] == ["The Lamp Keeper"]


def test_a_korean_news_headline_above_its_subheading_and_dateline() -> None:
    page = reviewparse.parse(
        "스타데일리\n\n한지우 '유리정원의 겨울', 12월 1일 첫 방송 확정…SBS 금토극 바통 잇는다\n\n"
        "메인 포스터 공개…'미스터리 멜로'로 안방 공략\n\n"
        "입력 2023.11.08 09:30\n\n'유리정원의 겨울'은 총 14부작으로 SBS에서 방송된다.",
        format="text",
    )
    assert [(work.title, work.episodes) for work in page.works] == [("유리정원의 겨울", 14)]


def test_a_blog_date_header_above_the_post_title_and_credit_lines_that_are_no_byline() -> None:
    page = reviewparse.parse(
        "CATATAN DRAKOR\nReview jujur seputar drama Korea sejak 2017\n\nSabtu, 17 Februari 2024\n\n"
        "Review Drama Korea Midnight Bus 72: Perjalanan Terakhir\n\n"
        "Akhirnya aku sempat juga nulis review drama ini.\n\n"
        "Judul: Midnight Bus 72\nSutradara: Oh Seung-hwan\nPenulis: Kwon Na-young\nJumlah Episode: 12",
        format="text",
    )
    assert [(w.title, w.writers, w.episodes) for w in page.works] == [
        ("Midnight Bus 72", ["Kwon Na-young"], 12)
    ]
    assert page.review.author is None


def test_a_labelled_headline_that_goes_on_after_the_title() -> None:
    from reviewparse.titles import title_from_headline

    assert title_from_headline(
        "Reseña: La casa de té de Bukchon, la comedia romántica que se bebe a sorbos"
    ) == (
        "La casa de té de Bukchon",
        None,
    )
    assert title_from_headline("Reseña: Echo of the Cranes (鹤鸣九皋), el drama que me rompió") == (
        "Echo of the Cranes",
        None,
    )
    assert title_from_headline("[드라마 리뷰] 등대 아래 우체국 완주 후기 ✉️ 편지 한 통") == (
        "등대 아래 우체국",
        None,
    )


def test_review_teasers_under_a_related_posts_heading_are_not_works() -> None:
    page = reviewparse.parse(
        "<html><body><h1>Reseña: Echo of the Cranes, un drama histórico</h1>"
        "<p>Echo of the Cranes es un drama histórico chino de 40 episodios que vi en Viki este invierno. "
        "Lo empecé sin muchas expectativas y terminé llorando con cada capítulo, por la música, por el "
        "vestuario y sobre todo por la historia de amor entre los dos protagonistas.</p>"
        "<h3>Entradas relacionadas</h3>"
        "<h4>Reseña: The Moon Pavilion Oath (2022)</h4><p>Un drama de 36 episodios de Hunan TV.</p>"
        "<h4>Reseña: Love in Xiamen Rain (2023)</h4><p>24 episodios de romance en iQIYI.</p>"
        "</body></html>",
        format="html",
    )
    assert [(w.title, w.episodes, w.platforms) for w in page.works] == [("Echo of the Cranes", 40, ["Viki"])]


def test_list_items_of_title_year_dash_facts_each_over_a_paragraph() -> None:
    blurb = (
        "<p>"
        + "A slow-burn story about a postman and a novelist stuck in a small town by the rain. " * 2
        + "</p>"
    )
    page = reviewparse.parse(
        "<html><body><h1>Top 3 Thai Dramas to Watch This Rainy Season</h1><ol>"
        f"<li>Monsoon Letters (2023) – GMM 25, 12 episodes</li>{blurb}"
        f"<li>The Durian Heir (2022) – Channel 3, 18 episodes</li>{blurb}"
        f"<li>Rooftop Frequencies (2024) – iQIYI, 10 episodes</li>{blurb}</ol></body></html>",
        format="html",
    )
    assert [(w.title, w.year, w.episodes) for w in page.works] == [
        ("Monsoon Letters", 2023, 12),
        ("The Durian Heir", 2022, 18),
        ("Rooftop Frequencies", 2024, 10),
    ]


def test_a_whats_new_roundup_of_title_headings_over_a_facts_line_and_a_paragraph() -> None:
    blurb = (
        "<p>" + "The biggest launch of the week is this Korean romantic comedy about a hotel. " * 2 + "</p>"
    )
    page = reviewparse.parse(
        "<html><body><h1>New K-dramas and Asian series on Netflix this week</h1>"
        f"<h3>Paper Crane Hotel</h3><p>Premieres Friday, June 14 · All episodes at once</p>{blurb}"
        f"<h3>Seoul Rooftop Kitchen</h3><p>Premieres Wednesday, June 12</p>{blurb}</body></html>",
        format="html",
    )
    assert [w.title for w in page.works] == ["Paper Crane Hotel", "Seoul Rooftop Kitchen"]


def test_a_posted_on_date_by_name_byline() -> None:
    page = reviewparse.parse(
        "The Weight of Snow review\nPosted on 9 March 2024 by Owen Teller · Filed under: Reviews\n\n"
        "A quiet film.",
        format="text",
    )
    assert (page.review.author, page.review.published) == ("Owen Teller", "2024-03-09")


def test_names_with_latin_extended_letters_and_played_by_clauses() -> None:
    work = work_of(
        "Cast: Kiyohara Rin, Ōba Hisae, Nishikawa Jun\n\n"
        "That woman is Sachi, played by Kiyohara Rin, a clerk. "
        "Her brother Ren turns up from Tokyo, played with a wounded swagger by Sakaguchi Tomoya."
    )
    assert [(c.actor, c.character) for c in work.cast] == [
        ("Ōba Hisae", None),
        ("Nishikawa Jun", None),
        ("Kiyohara Rin", "Sachi"),
    ]


def test_two_award_clauses_and_a_prize_for_a_person_the_page_names_in_full() -> None:
    work = work_of(
        "Director Hamada Keisuke shot it in Otaru.\n\n"
        "The film won the Best Director award for Hamada at the 36th Tokyo International Film Festival, "
        "and Kiyohara Rin was nominated for Best Actress at the same festival."
    )
    assert [(a.ceremony, a.edition, a.category, a.outcome) for a in work.awards] == [
        ("Tokyo International Film Festival", 36, "Best Director", "won"),
        ("Tokyo International Film Festival", 36, "Best Actress", "nominated"),
    ]


def test_air_dates_without_a_year_take_the_year_nearest_the_pages_date() -> None:
    page = reviewparse.parse(
        "The Lamp Keeper finale review\nBy Marcus Oyel\nMarch 18, 2024\n\n"
        "The drama aired its final episode on Sunday, March 17, to its best ratings. "
        "That is a long way from the 4.1% the show opened with when it premiered on January 27.",
        format="text",
    )
    aired = page.works[0].aired
    assert aired is not None and (aired.start, aired.end) == ("2024-01-27", "2024-03-17")


def test_a_korean_premiere_date_without_a_year_and_the_verb_after_it() -> None:
    page = reviewparse.parse(
        "한지우 '유리정원의 겨울', 첫 방송 확정…SBS 금토극 바통 잇는다\n\n입력 2023.11.08 09:30\n\n"
        "SBS는 새 금토드라마 '유리정원의 겨울'이 오는 12월 1일 오후 10시 첫 방송을 확정했다고 밝혔다.",
        format="text",
    )
    aired = page.works[0].aired
    assert aired is not None and aired.start == "2023-12-01"


def test_spanish_reversed_roles_a_cast_that_is_completed_and_a_wished_for_count() -> None:
    work = work_of(
        "Esta comedia romántica coreana se emitió en JTBC y son 16 episodios de unos 70 minutos. "
        "En el otro lado está Do Kang-woo, el chef gruñón, a quien da vida Park Tae-oh. "
        "Mención aparte para la abuela Geum-soon, a quien da vida la veterana Yoon Mal-ja. "
        "Y Ryu Han-byeol completa el cuarteto protagonista. Con 12 episodios en lugar de 16 sería redonda."
    )
    assert [(c.actor, c.character) for c in work.cast] == [
        ("Park Tae-oh", "Do Kang-woo"),
        ("Yoon Mal-ja", "Geum-soon"),
        ("Ryu Han-byeol", None),
    ]
    assert (work.episodes, work.country) == (16, "South Korea")


def test_an_essay_with_a_month_range_all_ten_episodes_and_a_possessive_script_credit() -> None:
    work = work_of(
        "I finished all ten episodes in two sittings. The series ran from April to June 2023 on Fuji TV. "
        "Tomoe Shibata's script, adapted from a manga, trims the source down to its bones."
    )
    assert work.episodes == 10 and work.writers == ["Tomoe Shibata"]
    assert work.aired is not None and (work.aired.start, work.aired.end) == ("2023-04", "2023-06")


def test_the_author_from_a_meta_tag_and_a_name_line_with_a_follow_button() -> None:
    page = reviewparse.parse(
        '<html><head><meta name="author" content="Mirei Okafor"></head><body>'
        "<h1>The Bread Rises at Midnight</h1><p>Slow Screens</p><p>Mirei Okafor Follow</p>"
        "<p>A quiet drama about grief.</p><p>Responses (8)</p></body></html>",
        format="html",
    )
    assert (page.review.author, page.review.comments) == ("Mirei Okafor", 8)


def test_a_forum_post_with_a_reddit_byline_casual_cast_lines_and_a_writer_is_sentence() -> None:
    page = reviewparse.parse(
        "r/KDramaLounge\nPosted by u/moonlit_sundae · 3 days ago\n"
        "[Review] Blue Hour Precinct (ENA, 12 eps) – finally finished\n\n"
        "So I just finished Blue Hour Precinct. 12 eps, ~65 min each. "
        "It's a crime thriller but with heart.\n\n"
        "Lee Min-seo killed it as the detective Kang Ha-eun. "
        "Baek Sung-il as the precinct chief was terrifying. "
        "The writer is Yoon Seul-gi (who also wrote Midnight Courier, which I dropped).",
        format="text",
    )
    work = page.works[0]
    assert page.review.author == "moonlit_sundae"
    assert (work.episodes, work.writers, work.genres) == (12, ["Yoon Seul-gi"], ["crime", "thriller"])
    assert [(c.actor, c.character) for c in work.cast] == [
        ("Lee Min-seo", "Kang Ha-eun"),
        ("Baek Sung-il", None),
    ]


def test_a_crew_role_after_as_is_no_cast() -> None:
    assert work_of("Park Chan-wook as the director was a bold choice.").cast == []


def test_an_indonesian_cast_table_headed_pemain_and_peran() -> None:
    page = reviewparse.parse(
        "<html><body><h1>Review Drakor Haenam Fire Station Season 2</h1>"
        "<table><thead><tr><th>Pemain</th><th>Peran</th><th>Keterangan</th></tr></thead><tbody>"
        "<tr><td>Jung Tae-woon</td><td>Kang Do-hoon</td><td>Kapten regu</td></tr>"
        "<tr><td>Han Seo-jin</td><td>–</td><td>Cameo</td></tr></tbody></table></body></html>",
        format="html",
    )
    assert [(c.actor, c.character) for c in page.works[0].cast] == [
        ("Jung Tae-woon", "Kang Do-hoon"),
        ("Han Seo-jin", None),
    ]


def test_a_date_on_a_works_label_line_is_not_when_the_page_was_published() -> None:
    page = reviewparse.parse(
        "드라마 리뷰\n바람이 머무는 정류장 완결 후기 (스포 없음)\n초록버스타는곰\n2023. 12. 1. 23:40\n\n"
        "안녕하세요 여러분. 드디어 끝났어요.\n제목 : 바람이 머무는 정류장\n채널 : JTBC\n"
        "방송 : 2023년 10월 7일 ~ 11월 26일\n",
        format="text",
    )
    assert page.review.published == "2023-12-01"


def test_a_comments_label_over_its_count() -> None:
    page = reviewparse.parse("X 리뷰\n좋은 드라마였어요.\n공감\n24\n댓글\n6\n이전 댓글 보기\n", format="text")
    assert page.review.comments == 6


def test_a_pun_headline_leaves_the_title_to_the_first_sentence_that_defines_it() -> None:
    page = reviewparse.parse(
        "Soju & Subtitles\n\nLove, Served Cold\n\nWritten by Hana Lowell · March 3, 2025\n\n"
        "Winter Noodle House (겨울 국수집) is the first K-drama in a long time that made me hungry.",
        format="text",
    )
    assert [w.title for w in page.works] == ["Winter Noodle House"]


def test_a_spanish_list_of_title_director_date_lines_under_a_newsroom_byline() -> None:
    intro = "Hemos repasado los calendarios de las distribuidoras para quedarnos con cinco películas. " * 2
    item = "Abrimos con la que, para muchos, es la gran apuesta del año, un thriller policial. " * 2
    page = reviewparse.parse(
        "Estás en: Portada / Listas / Cine coreano\n\nLas 5 películas coreanas más esperadas de 2025\n\n"
        f"Redacción: Martina Echeverry\nPublicado el 08/01/2025\n\n{intro}\n\n"
        f"1) Lluvia sobre Mokpo — Kim Do-hyun — 19 de febrero de 2025\n\n{item}\n\n"
        f"Por qué la esperamos: porque sabe rodar la lluvia.\n\n"
        f"2) Nine Letters to Hyewon — Jang Mi-so — 14 de mayo de 2025\n\n{item}\n",
        format="text",
    )
    assert [w.title for w in page.works] == ["Lluvia sobre Mokpo", "Nine Letters to Hyewon"]
    assert (page.review.author, page.review.published) == ("Martina Echeverry", "2025-01-08")


def test_numbered_points_of_a_one_work_review_are_not_works() -> None:
    point = (
        "송하진 배우는 이번 영화에서 거의 웃지 않아요. 대사가 많지 않은데도 눈빛만으로 감정이 다 전달돼요. "
        * 2
    )
    page = reviewparse.parse(
        f"[영화 리뷰] 파도 아래 도서관 – 물에 잠긴 마을\n\n안녕하세요.\n\n1. 송하진 배우의 연기\n{point}\n\n"
        f"2. 물과 빛을 찍는 방식\n{point}\n",
        format="text",
    )
    assert [w.title for w in page.works] == ["파도 아래 도서관"]


def test_a_news_headline_quoting_several_titles_over_a_line_for_each() -> None:
    part = "Sunday's broadcast recorded a nationwide average of 21.3 percent, up from 19.4 percent. " * 2
    page = reviewparse.parse(
        "Weekend Ratings: 'The Eighth Tenant' Tops 21%, 'Blue Hour Pharmacy' Hits New High\n\n"
        f"Three dramas had a weekend to remember.\n\nKBS2 — 'The Eighth Tenant' passes 21%\n\n{part}\n\n"
        f"tvN — 'Blue Hour Pharmacy' reaches double digits\n\nOn cable, {part}\n",
        format="text",
    )
    assert [w.title for w in page.works] == ["The Eighth Tenant", "Blue Hour Pharmacy"]


def test_a_page_whose_start_is_cut_off_takes_its_title_from_a_sentence_case_definition() -> None:
    page = reviewparse.parse(
        "que no esperaba salir del cine con los ojos húmedos, pero aquí estamos. El cartero de la nieve "
        "es la clase de película que te pilla desprevenido.\n\nFicha\n\nAño: 2024\nDuración: 1 h 47 min\n"
        "Reparto (voces): Riku Ōshima (Tōya), Mei Kanzaki (Fuyumi)\n"
        "Estreno en Japón: 18 de octubre de 2024\n\nDe qué va\n\nEn un pueblo de montaña de Hokkaido ...",
        format="text",
    )
    assert [w.title for w in page.works] == ["El cartero de la nieve"]


def test_a_definition_whose_subject_is_a_kind_word_names_no_title() -> None:
    from reviewparse.document import Block, BlockKind
    from reviewparse.titles import title_from_definition

    text = "La película es una comedia ligera sobre dos hermanas."
    assert title_from_definition([Block(BlockKind.PARAGRAPH, text, 0, len(text))]) is None


def test_a_database_page_copied_as_text_under_a_menu_and_a_breadcrumb() -> None:
    page = reviewparse.parse(
        "MyDramaBase\nDramas  Movies  People  Forums    Search dramas, people…    Sign In | Sign Up\n\n"
        "Home / Dramas / Taiwan / The Tea Farmer's Letters\n\nThe Tea Farmer's Letters (2024)\n茶農的信\n\n"
        "Native Title: 茶農的信\nDirector: Lin Pei-shan\nGenres: Romance, Family\n",
        format="text",
    )
    assert [(w.title, w.year) for w in page.works] == [("The Tea Farmer's Letters", 2024)]


def test_festival_winners_news_with_a_heading_per_winning_film() -> None:
    part = (
        "<p>" + "The debut feature follows a bell-maker's widow who casts one final bell for a village. " * 2
    )
    page = reviewparse.parse(
        "<html><body><h1>Busan Film Festival Announces Winners: 'Hollow Bells' Shares Top Prize</h1>"
        f"<h2>Hollow Bells</h2>{part}</p><h2>Fishbone Road</h2>{part}</p>"
        f"<h2>Other winners</h2>{part}</p></body></html>",
        format="html",
    )
    assert [w.title for w in page.works] == ["Hollow Bells", "Fishbone Road"]


def test_database_cast_lines_of_actor_then_character_and_role_type_and_a_label_with_a_note() -> None:
    work = work_of(
        "Cast & Credits\n\nCheng Yu-hsuan\nLai Chun-mei | Main Role\n\n"
        "Kao Mei-ling\nLai Ah-hua | Support Role\n"
    )
    assert [(c.actor, c.character) for c in work.cast] == [
        ("Cheng Yu-hsuan", "Lai Chun-mei"),
        ("Kao Mei-ling", "Lai Ah-hua"),
    ]
    work = work_of("Reparto (voces): Riku Ōshima (Tōya), Mei Kanzaki (Fuyumi), Aoi Sakurada")
    assert [(c.actor, c.character) for c in work.cast] == [
        ("Riku Ōshima", "Tōya"),
        ("Mei Kanzaki", "Fuyumi"),
        ("Aoi Sakurada", None),
    ]


def test_a_roundup_items_heading_date_and_no_runtime_from_a_24_hour_shop() -> None:
    item = "Abrimos con la que, para muchos, es la gran apuesta del año, un thriller policial. " * 2
    page = reviewparse.parse(
        "Las 5 películas coreanas más esperadas de 2025\n\n"
        f"1) Lluvia sobre Mokpo — Kim Do-hyun — 19 de febrero de 2025\n\n{item}\n\n"
        f"2) Nine Letters to Hyewon — Jang Mi-so — julio de 2025\n\nOtra: {item}\n",
        format="text",
    )
    assert [(w.title, w.aired.start if w.aired else None) for w in page.works] == [
        ("Lluvia sobre Mokpo", "2025-02-19"),
        ("Nine Letters to Hyewon", "2025-07"),
    ]
    assert work_of("She runs a 24-hour pharmacy in a quiet corner of Mangwon-dong.").runtime is None


def test_a_festival_winners_list_gives_each_listed_work_its_prize() -> None:
    part = (
        "<p>" + "The debut feature follows a bell-maker's widow who casts one final bell for a village. " * 2
    )
    page = reviewparse.parse(
        "<html><body><h1>Busan International Film Festival Announces Winners</h1>"
        f"<p>The 29th Busan International Film Festival handed out its awards on Friday.</p>"
        f"<h2>Hollow Bells</h2>{part}</p><h2>Fishbone Road</h2>{part}</p>"
        "<h3>Full list of winners</h3><p>New Currents Award: Hollow Bells (Aizhan Bekova, Kazakhstan)</p>"
        "<p>NETPAC Award: Fishbone Road</p></body></html>",
        format="html",
    )
    assert [[(a.ceremony, a.edition, a.category, a.outcome) for a in w.awards] for w in page.works] == [
        [("Busan International Film Festival", 29, "New Currents Award", "won")],
        [("Busan International Film Festival", 29, "NETPAC Award", "won")],
    ]


def test_a_blogger_post_footer_byline_and_an_indonesian_personal_rating() -> None:
    page = reviewparse.parse(
        "<html><body><div class='post-body'><h3>Review Drama Thailand Ping River Promise</h3>"
        "Drama ini manis sekali.<br/>Nilai dari aku: 8,5/10<br/></div>"
        "<div class='post-footer'><span class='post-author vcard'>Diposting oleh "
        "<a rel='author' href='#'>Ayu Lestari</a></span></div>"
        "<div class='comments'><span class='comment-author'>Budi Santoso</span></div></body></html>",
        format="html",
    )
    assert page.review.author == "Ayu Lestari"
    assert page.review.rating is not None and (page.review.rating.value, page.review.rating.scale) == (
        8.5,
        10,
    )


def test_an_indonesian_episode_total_and_new_episodes_per_day_are_no_count() -> None:
    work = work_of(
        "Drama ini terdiri dari 36 episode dengan durasi sekitar 45 menit. "
        "Drama ini tayang dengan dua episode baru setiap hari."
    )
    assert work.episodes == 36


def test_a_korean_ranked_list_with_circled_points_inside_its_items() -> None:
    page = reviewparse.parse(
        "2024 하반기 드라마 추천 BEST 5\n\n안녕하세요. 올해 결산 글이에요.\n\n"
        "1위. 소금꽃 필 무렵 (tvN)\n\n고민할 것도 없이 올해 하반기 제 원픽이에요.\n"
        "8월에 첫 방송을 시작해서 16부작으로 막을 내렸어요.\n\n"
        "① 염전 풍경 (화면이 엽서예요)\n\n정말 예뻐요.\n\n② 배우들 케미\n\n최고예요.\n\n"
        "2위. 검은 등대지기 (JTBC)\n\n1위랑은 정반대 분위기의 미스터리 스릴러예요. "
        "12부작이고 매주 기다렸어요.\n",
        format="text",
    )
    assert [(w.title, w.networks) for w in page.works] == [
        ("소금꽃 필 무렵", ["tvN"]),
        ("검은 등대지기", ["JTBC"]),
    ]


def test_an_indonesian_info_block_with_equals_and_dash_separators() -> None:
    page = reviewparse.parse(
        "DRAKORHOLIC NOTES\n\nSinopsis dan Review Drama Korea The Rainy Day Thief (2024): Pencuri Payung\n\n"
        "Diposting oleh Rara Anindita pada Jumat, 3 Januari 2025\n\nHalo, Chingu! Akhirnya aku menulis.\n\n"
        "INFO DRAMA\nJudul = The Rainy Day Thief\nJumlah Episode - 16\nStasiun TV = KBS2\n"
        "Tayang = 6 November 2024 – 26 Desember 2024\n",
        format="text",
    )
    work = page.works[0]
    assert (work.title, work.episodes, work.networks) == ("The Rainy Day Thief", 16, ["KBS2"])
    assert page.review.author == "Rara Anindita"


def test_a_forum_posts_title_line_is_its_headline() -> None:
    page = reviewparse.parse(
        "드라마톡 | 실시간 베스트 | 드라마 게시판\n\n드라마 게시판 > 후기\n\n"
        "제목: [후기] 퇴근은 내일부터 8화까지 달린 후기 (스포 쪼끔)\n작성자: 야근요정ㅇㅇ\n\n"
        "요즘 다들 뭐 봄?? 나 요새 퇴근은 내일부터 보는 중인데 진짜 미쳤음\n",
        format="text",
    )
    assert [w.title for w in page.works] == ["퇴근은 내일부터"]


def test_a_newsletter_issue_on_two_works_under_headings_that_define_them() -> None:
    page = reviewparse.parse(
        "<html><body><h1>Issue #38: Grief in a noodle shop, and a fake marriage</h1>"
        "<p>Hello from a very rainy Thursday night, and welcome to the new readers of this letter.</p>"
        "<h2>Last Orders at the Mokpo Noodle House</h2><p>I went in expecting a cosy food drama. Last Orders "
        "at the Mokpo Noodle House is a Korean slice-of-life family drama about three siblings.</p>"
        "<h2>Married by Tuesday</h2><p>On to something lighter. Married by Tuesday is a Chinese romantic "
        "comedy and an iQIYI original about a wedding planner.</p>"
        "<h2>Kim Tae-ri</h2><p>Kim Tae-ri is a marvel in both, I will hear no argument.</p></body></html>",
        format="html",
    )
    assert [w.title for w in page.works] == ["Last Orders at the Mokpo Noodle House", "Married by Tuesday"]


def test_korean_prose_cast_forms() -> None:
    cast = work_of(
        "한서진 배우가 회계사 '윤다온' 역을 맡았어요. 주연은 마강혁(등대지기 '노인철' 역)이고요. "
        "약사 '봉미래' 역의 주하나, 그리고 약국에 들르는 택시기사 '권만복' 역의 도경춘 배우가 중심이에요. "
        "남주 서태오 역 맡은 백하진 좋았음."
    ).cast
    assert [(c.actor, c.character) for c in cast] == [
        ("한서진", "윤다온"),
        ("마강혁", "노인철"),
        ("주하나", "봉미래"),
        ("도경춘", "권만복"),
        ("백하진", "서태오"),
    ]


def test_spanish_en_el_papel_de_and_an_aside_before_the_verb() -> None:
    cast = work_of(
        "Zhou Yiran en el papel de Lin Qiao. Song Mingze en el papel del general Xie Chen. "
        "Baek Seung-joon, por su parte, interpreta a Kang Do-il, el fiscal."
    ).cast
    assert [(c.actor, c.character) for c in cast] == [
        ("Zhou Yiran", "Lin Qiao"),
        ("Song Mingze", "Xie Chen"),
        ("Baek Seung-joon", "Kang Do-il"),
    ]


def test_a_rank_before_a_characters_name_is_no_part_of_it() -> None:
    cast = work_of("Peter Haldane turns up as Superintendent Royce Calloway in the third hour.").cast
    assert [(c.actor, c.character) for c in cast] == [("Peter Haldane", "Royce Calloway")]


def test_korean_air_dates_and_runtime_in_prose() -> None:
    work = work_of("2024년 8월 3일에 첫 방송을 시작해서 9월 22일에 16부작으로 막을 내렸어요.")
    assert work.aired is not None and (work.aired.start, work.aired.end) == ("2024-08-03", "2024-09-22")
    film = work_of("2024년 11월 13일 전국 극장에서 막을 올렸다. 112분의 러닝타임 동안 숨 돌릴 틈이 없다.")
    assert film.aired is not None and film.aired.start == "2024-11-13"
    assert film.runtime is not None and film.runtime.min_minutes == 112


def test_a_korean_range_without_a_year_takes_the_pages_year() -> None:
    page = reviewparse.parse(
        "드라마 추천 리뷰\n필름조각 · 2024. 12. 29. 21:15\n\n"
        "검은 등대지기는 10월 5일부터 11월 10일까지 방영한 12부작이에요.",
        format="text",
    )
    aired = page.works[0].aired
    assert aired is not None and (aired.start, aired.end) == ("2024-10-05", "2024-11-10")


def test_platform_names_in_promotion_and_inside_longer_korean_names_are_not_platforms() -> None:
    assert work_of("El tráiler oficial superó los 3 millones de reproducciones en YouTube.").platforms == []
    assert work_of("왓챠피디아 평균은 3.9던데 난 티빙으로 봤음.").platforms == ["TVING"]
    assert work_of("이 드라마는 넷플릭스에서 공개됐다.").platforms == ["Netflix"]


def test_channels_of_other_titles_named_without_quotes_and_of_other_seasons() -> None:
    work = work_of(
        "The Lamp Keeper airs on tvN. In the same slot, MBC's Third Floor Romance recorded 3.1 percent. "
        "Its director made the 2019 KBS2 weekend drama Weekday Orchestra. "
        "Its lead is coming off the Disney+ thriller Iron Cradle."
    )
    assert (work.networks, work.platforms) == (["tvN"], [])
    page = reviewparse.parse(
        "Review Drakor Haenam Fire Station Season 2\n\nSeason 1 masih bisa ditonton di Netflix. "
        "Season 2 tayang eksklusif di Disney+. Belum ada informasi kapan drama ini hadir di Viu.",
        format="text",
    )
    assert page.works[0].platforms == ["Disney+"]


def test_a_half_star_glyph_and_another_reviews_stars_in_a_link() -> None:
    page = reviewparse.parse(
        "The Kite Mender review\nThe Kite Mender (2024)\n★★★⯨☆\nA film.\n", format="text"
    )
    assert page.review.rating is not None and (page.review.rating.value, page.review.rating.scale) == (3.5, 5)
    page = reviewparse.parse(
        "Busan winners\nA festival report.\nMore from Busan\n'Fishbone Road' review: a coastal noir – ★★★★\n",
        format="text",
    )
    assert page.review.rating is None


def test_spanish_genre_nouns_with_adjectives_after_and_english_lakorn_and_between() -> None:
    assert work_of("Un thriller judicial con cerebro.").genres == ["thriller", "legal"]
    assert work_of("Esta comedia policial de ENA se estrenó en diciembre.").genres == ["comedy", "crime"]
    assert work_of("Es esta comedia romántica con toques de fantasía.").genres == [
        "romantic comedy",
        "fantasy",
    ]
    assert work_of("A slow-burn romance between a postman and a novelist.").genres == ["romance"]
    assert work_of("If you want a classic revenge lakorn with slaps, this is it.").genres == ["revenge"]


def test_quick_take_and_korean_film_review_headlines_and_a_list_of_capitalised_items() -> None:
    from reviewparse.titles import title_from_headline

    assert title_from_headline("QUICK TAKE: Sparrows of Mangwon — 7/10") == ("Sparrows of Mangwon", None)
    assert title_from_headline("[영화 후기] 소금창고의 여름 🎬 개봉 첫 주에 보고 왔어요 (스포 약간)") == (
        "소금창고의 여름",
        None,
    )
    item = "La sorpresa de la primavera. Este drama de tvN se estrenó el 5 de abril y tendrá 16 episodios."
    page = reviewparse.parse(
        f"TOP 3 DORAMAS DE LA SEMANA: el jardín se queda con el primer puesto\n\n"
        f"1. EL JARDÍN DE LAS CIGARRAS (매미 정원): {item}\n\n"
        f"2. LA CARTERA DE BUSAN: La serie de KBS2. {item}\n",
        format="text",
    )
    assert [w.title for w in page.works] == ["EL JARDÍN DE LAS CIGARRAS", "LA CARTERA DE BUSAN"]


def test_a_channel_after_the_works_own_year_is_the_works() -> None:
    assert work_of("Sparrows of Mangwon is a 2025 JTBC K-drama about a bird-feed shop.").networks == ["JTBC"]


def test_a_korean_news_body_of_br_lines_with_a_section_line_per_drama() -> None:
    page = reviewparse.parse(
        "<html><body><h1>'기와집 사람들' vs '새벽 법정', 금토극 동시간대 맞대결</h1>"
        "<p>MBC '기와집 사람들' 9회 8.7%…자체 최고</p><p>SBS '새벽 법정' 7회 9.1%로 역전</p>"
        "<div class='article'>금요일 밤 안방극장의 동시간대 맞대결이 점점 뜨거워지고 있다.<br>"
        "◆ '기와집 사람들', 3대가 사는 한옥의 사계절<br>"
        "2025년 4월 11일 첫 방송된 '기와집 사람들'은 서울 서촌의 한옥에 사는 가족의 "
        "이야기를 그린 16부작 드라마다.<br>"
        "◆ '새벽 법정', 국선변호사의 반격<br>"
        "'새벽 법정'은 2025년 4월 18일 첫 방송을 시작한 12부작 법정 스릴러다.</div></body></html>",
        format="html",
    )
    assert [(w.title, w.episodes) for w in page.works] == [("기와집 사람들", 16), ("새벽 법정", 12)]


def test_a_korean_reporters_signature_under_the_story() -> None:
    page = reviewparse.parse(
        "'새벽 법정' 12부작 확정\n\n'새벽 법정'은 12부작 스릴러다.\n김서진 기자 sjkim@star.example\n",
        format="text",
    )
    assert page.review.author == "김서진"


def test_a_score_at_the_end_of_the_headline_is_the_rating() -> None:
    page = reviewparse.parse(
        "tiny screen diaries\n\nQUICK TAKE: Sparrows of Mangwon — 7/10\n\nposted by juniper_k on 14 May\n\n"
        "Sparrows of Mangwon is a 2025 JTBC K-drama about a bird-feed shop.",
        format="text",
    )
    assert page.review.rating is not None and (page.review.rating.value, page.review.rating.scale) == (7, 10)


def test_spanish_relative_clause_cast_a_long_description_before_the_name_and_heads_the_cast() -> None:
    cast = work_of(
        "Está protagonizada por Han Ji-ho, que interpreta a Do Kang-min, un botánico. "
        "La acompañan Choi Min-jae como el jefe de la oficina postal, Kwon Dal-ho, y otros. "
        "Kim Tae-oh encabeza el reparto como el inspector de aduanas Baek Jun-seok."
    ).cast
    assert [(c.actor, c.character) for c in cast] == [
        ("Han Ji-ho", "Do Kang-min"),
        ("Choi Min-jae", "Kwon Dal-ho"),
        ("Kim Tae-oh", "Baek Jun-seok"),
    ]


def test_titles_with_a_kind_and_year_note_a_quoted_news_headline_and_a_bare_korean_h1() -> None:
    from reviewparse.titles import title_from_headline

    assert title_from_headline(
        "The Night Baker of Yeonhui-dong (Korean Drama 2024) Review: Is It Worth It?"
    ) == (
        "The Night Baker of Yeonhui-dong",
        None,
    )
    page = reviewparse.parse(
        "DIARIO DEL ESTRECHO\nEdición Campo de Gibraltar · Lunes, 3 de marzo de 2025\n\n"
        "'Los relojes de Insadong' arrasa en Netflix: la serie surcoreana, la más vista\n\n"
        "MADRID, 3 Mar. - La serie surcoreana 'Los relojes de Insadong' suma doce episodios.",
        format="text",
    )
    assert [w.title for w in page.works] == ["Los relojes de Insadong"]
    page = reviewparse.parse(
        "<html><body><h1>잿빛 항구</h1><p>2023 · 범죄/드라마 · 한국</p>"
        "<p>서도운 감독의 두 번째 장편 <잿빛 항구>는 올해 처음 공개됐다.</p></body></html>",
        format="html",
    )
    assert [w.title for w in page.works] == ["잿빛 항구"]


def test_a_readers_score_below_the_comments_header_is_not_the_rating() -> None:
    page = reviewparse.parse(
        "'새벽 법정' 리뷰\n\n'새벽 법정'은 12부작 법정 스릴러다. 평점 8/10\n\n"
        "댓글 24\n법알못 7회 반전 미쳤다.. 10점 만점에 10점\n",
        format="text",
    )
    assert page.review.rating is not None and (page.review.rating.value, page.review.rating.scale) == (8, 10)


def test_a_news_writer_and_editor_lines_are_the_articles_staff() -> None:
    page = reviewparse.parse(
        "The Salt Keeper Raih 1 Juta Penonton\n\nPenulis: Intan Permatasari\nEditor: Dimas Wahyu Nugroho\n\n"
        "Jakarta, KOMPAS.com - Film The Salt Keeper ditulis oleh Yoo Seo-ra. "
        "The Salt Keeper tayang sejak Rabu.",
        format="text",
    )
    assert page.review.author == "Intan Permatasari"
    assert page.works[0].writers == ["Yoo Seo-ra"]


def test_a_forum_thread_title_over_its_starter_and_a_weekly_guide_of_bulleted_titles() -> None:
    page = reviewparse.parse(
        "DramaHaven Forums\n\n[COMPLETED] Salt & Pepper Alley (2023) — final thoughts\n"
        "Thread starter: kettlecorn_88 · Started Mar 9th, 2024\nReplies: 14 · Views: 2,381\n\n"
        "Okay so I finally finished this last night. Salt & Pepper Alley is a Taiwanese drama.",
        format="text",
    )
    assert [w.title for w in page.works] == ["Salt & Pepper Alley"]
    page = reviewparse.parse(
        "What's On: New K-Drama Episodes, Mon Mar 4th – Sun Mar 10th\n\n"
        "▶ Second Harvest at Dalbit Farm\nNetwork: tvN · Mon & Tue 8:50 pm\nStream: Netflix\n\n"
        "▶ Midnight Ward 7\nNetwork: JTBC · Wed & Thu 10:30 pm\nStream: Disney+\n",
        format="text",
    )
    assert [(w.title, w.networks) for w in page.works] == [
        ("Second Harvest at Dalbit Farm", ["tvN"]),
        ("Midnight Ward 7", ["JTBC"]),
    ]


def test_a_korean_interview_headline_with_a_tag_and_a_two_digit_year_dateline() -> None:
    page = reviewparse.parse(
        "씨네톡 매거진\n\n인터뷰\n\n"
        "[인터뷰] '파도를 세는 밤' 김태린 \"서해는 착한 사람이 아니어서 좋았다\"\n\n"
        "입력 24.3.9. 10:02  수정 24.3.9. 11:47\n\n배우 김태린이 '파도를 세는 밤'을 떠나보내며 말했다.",
        format="text",
    )
    assert [w.title for w in page.works] == ["파도를 세는 밤"]
    assert page.review.published == "2024-03-09"


def test_korean_news_character_then_actor_bun_and_an_episode_total_after_of() -> None:
    cast = work_of(
        "최종회에서는 약사 도하늘(서지안 분)과 구급대원 강무결(이건우 분)이 새로운 시작을 약속했다."
    ).cast
    assert [(c.actor, c.character) for c in cast] == [("서지안", "도하늘"), ("이건우", "강무결")]
    assert work_of("This week: Episodes 5 & 6 (of 16)").episodes == 16


def test_stars_with_their_scale_written_after_them() -> None:
    for line in ("★★★½ / ★★★★", "Verdict: ★★★½ out of four."):
        page = reviewparse.parse(f"The Saltmarsh Choir review\nA film.\n{line}\n", format="text")
        assert page.review.rating is not None, line
        assert (page.review.rating.value, page.review.rating.scale) == (3.5, 4), line


def test_english_cast_that_starred_opposite_joins_is_the_and_leads_the_cast() -> None:
    cast = work_of(
        "Ha Min-gyeol, who starred opposite her as the banished scholar Jeong Yeon, is superb. "
        "Baek Ju-ri starred as prosecutor Seo Dan-ah. Noh Chan-ho is the ferry captain Gil Sang-man. "
        "Woo Hye-rin joins as Dan-ah's aunt. Cha Eun-bi and Pyo Jae-won lead the cast of the spin-off."
    ).cast
    assert [(c.actor, c.character) for c in cast] == [
        ("Ha Min-gyeol", "Jeong Yeon"),
        ("Baek Ju-ri", "Seo Dan-ah"),
        ("Noh Chan-ho", "Gil Sang-man"),
        ("Woo Hye-rin", None),
        ("Cha Eun-bi", None),
        ("Pyo Jae-won", None),
    ]


def test_a_lead_who_leads_the_cast_as_a_role_keeps_the_role() -> None:
    cast = work_of("Seol Hyun-woo leads the cast as the night guard Do Man-bok.").cast
    assert [(c.actor, c.character) for c in cast] == [("Seol Hyun-woo", "Do Man-bok")]


def test_spanish_praise_before_como_an_elided_verb_voices_and_a_closing_list() -> None:
    cast = work_of(
        "Tak Ye-seul está brillante como la fiscal Min Jae-hee. "
        "Yeo Dong-pil da vida a Gu Bon-sik, el cartero, y Ra Mi-jin a Oh Geum-ja. "
        "La película cuenta con las voces de Seo Na-rae y Gong Tae-il. "
        "Completan el elenco Ji Ho-seok y Jin Ba-ram."
    ).cast
    assert [(c.actor, c.character) for c in cast] == [
        ("Tak Ye-seul", "Min Jae-hee"),
        ("Yeo Dong-pil", "Gu Bon-sik"),
        ("Ra Mi-jin", "Oh Geum-ja"),
        ("Seo Na-rae", None),
        ("Gong Tae-il", None),
        ("Ji Ho-seok", None),
        ("Jin Ba-ram", None),
    ]


def test_indonesian_serta_dan_and_turut_membintangi() -> None:
    cast = work_of(
        "Film ini dibintangi Dewi Anggraini serta Bayu Prasetyo. "
        "Han Seo-bin sebagai pemilik toko Kang Du-ri dan Moon Ye-jin sebagai tamu misterius. "
        "Wang Lihua turut membintangi drama ini sebagai ibu Kang Du-ri."
    ).cast
    assert [(c.actor, c.character) for c in cast] == [
        ("Dewi Anggraini", None),
        ("Bayu Prasetyo", None),
        ("Han Seo-bin", "Kang Du-ri"),
        ("Moon Ye-jin", None),
        ("Wang Lihua", None),
    ]


def test_korean_actor_lists_quoted_roles_in_story_names_and_a_name_before_baeu() -> None:
    cast = work_of(
        "주연은 도하람, 편세진, 기나래가 맡았다. 도하람은 시골 우체국장 '강봄'으로, 편세진은 도시에서 온 "
        "회계사 '윤겨울'로 분했다. 서점 주인 '미소'(탁수아)도 나온다. "
        "여주는 옥다인(극중 이름 해랑)인데 좋았다. 3회에는 공태민 배우가 특별출연했다."
    ).cast
    assert {(c.actor, c.character) for c in cast} == {
        ("도하람", "강봄"),
        ("편세진", "윤겨울"),
        ("기나래", None),
        ("탁수아", "미소"),
        ("옥다인", "해랑"),
        ("공태민", None),
    }


def test_korean_actors_named_for_another_title_are_not_this_works_cast() -> None:
    cast = work_of(
        "'하얀 우체국'은 최종회 8.1%를 기록했다. 후속으로는 배우 남다솜·채이든이 주연을 맡은 '별의 정원'이 "
        "다음 주 첫 방송된다. '하얀 우체국'에서는 배우 구하윤이 열연했다."
    ).cast
    assert [c.actor for c in cast] == ["구하윤"]


def test_runtimes_each_chapter_at_a_length_and_a_compound_minute_adjective() -> None:
    def minutes(text: str) -> tuple[int, int] | None:
        runtime = work_of(text).runtime
        return (runtime.min_minutes, runtime.max_minutes) if runtime else None

    assert minutes("Cada capítulo dura más o menos 45 minutos, así que se ve rápido.") == (45, 45)
    assert minutes("Consta de 12 episodios de alrededor de 60 minutos y se emite en JTBC.") == (60, 60)
    assert minutes("The film is patient. At just over 94 minutes, it never drags.") == (94, 94)
    assert minutes("It is a 97-minute Indonesian comedy about a wedding.") == (97, 97)
    assert minutes("The killer arrives at 10 minutes in, and we meet at 9 minutes past eight.") is None


def test_air_dates_whose_year_is_written_once_before_or_after_and_finale_wordings() -> None:
    def aired(text: str) -> tuple[str | None, str | None]:
        period = work_of(text).aired
        return (period.start, period.end) if period else (None, None)

    assert aired("Se estrenó el lunes 2 de octubre y terminó el 5 de diciembre de 2023, con éxito.") == (
        "2023-10-02",
        "2023-12-05",
    )
    assert aired("It premiered on April 6, 2024 and wrapped on May 25, to great ratings.") == (
        "2024-04-06",
        "2024-05-25",
    )
    assert aired("It premiered on iQIYI on March 12 and wrapped its run on April 3, 2025.") == (
        "2025-03-12",
        "2025-04-03",
    )
    assert aired("It premiered on January 3, 2025 and the finale is set for February 20.") == (
        "2025-01-03",
        "2025-02-20",
    )
    assert aired("2024년 9월 7일 첫 방송을 시작해 10월 27일 16회를 끝으로 여정을 마쳤다.") == (
        "2024-09-07",
        "2024-10-27",
    )
    assert aired("It premiered on June 1, 2024. Filming wrapped on May 3, 2024.") == ("2024-06-01", None)


def test_first_person_score_labels_and_a_sites_score_on_the_same_line() -> None:
    def rating(text: str) -> tuple[float, float] | None:
        found = reviewparse.parse(f"X Review\nIt was a lovely drama.\n{text}\n", format="text").review.rating
        return (found.value, found.scale) if found else None

    assert rating("Mi puntaje: 4,5/5 linternitas") == (4.5, 5)
    assert rating("MyDramaList: 8.4 | Rating aku: 8/10") == (8, 10)
    assert rating("Skor pribadi saya: 7.5/10.") == (7.5, 10)
    assert rating("제 점수는 8/10 !!") == (8, 10)
    assert rating("MyDramaList score: 8.4/10") is None


def test_roundup_headings_that_quote_the_title_before_a_tagline() -> None:
    html = (
        "<html><head><title>요즘 보는 드라마 2편 리뷰</title></head><body><h1>요즘 보는 드라마 2편 리뷰</h1>"
        "<p>요즘 퇴근하고 보는 드라마 두 편을 한꺼번에 정리해 봤어요. 둘 다 재미있어요.</p>"
        "<h2>1. 〈푸른 재판정〉 – 끝까지 긴장되는 법정극</h2><p>KBS2에서 방영했고 총 12부작이에요.</p>"
        "<h2>2. 〈내일의 가게〉 – 마음 편히 웃고 싶을 때</h2><p>ENA에서 방영 중이고 총 10부작이에요.</p>"
        "</body></html>"
    )
    works = reviewparse.parse(html, format="html").works
    assert [(w.title, w.networks, w.episodes) for w in works] == [
        ("푸른 재판정", ["KBS2"], 12),
        ("내일의 가게", ["ENA"], 10),
    ]


def test_a_trending_row_of_hashtags_is_no_headline_and_a_dateline_keeps_its_times() -> None:
    page = reviewparse.parse(
        "K-Wire\nNews  |  Drama  |  Film  |  Casting\nTrending: #SpringDrama #AwardsNight #Ratings\n\n"
        "Han Bo-ra confirmed for tvN thriller 'The Night Clerk', premiering in May\n\nJamie Park\n"
        "March 2, 2025, 9:15 a.m. KST  |  Updated March 2, 2025, 11:02 a.m. KST\n\n"
        'Actress Han Bo-ra will lead tvN\'s new drama "The Night Clerk," her agency confirmed on Sunday. '
        "The 12-episode thriller follows a hotel night clerk who notices that one guest never leaves.\n",
        format="text",
    )
    assert [(w.title, w.episodes) for w in page.works] == [("The Night Clerk", 12)]


def test_titles_over_lines_of_facts_and_a_headline_naming_two_platforms() -> None:
    page = reviewparse.parse(
        "Los estrenos de la semana en Netflix y Prime Video\n\n"
        "Repasamos, día por día, todo lo que llega a las dos grandes plataformas durante esta semana.\n\n"
        "LA CASA DE LAS OLAS (Netflix)\nSerie · España · Fecha de estreno: 16 de octubre de 2024\n"
        "Un thriller costero de 6 episodios que sigue a una bióloga marina que vuelve a su pueblo natal.\n\n"
        "RUTA NORTE (Northbound) (Prime Video)\nPelícula · Argentina · 2024\n"
        "Una comedia dramática sobre dos hermanos que cruzan el país con las cenizas de su madre.\n",
        format="text",
    )
    assert [(w.title, w.platforms, w.country) for w in page.works] == [
        ("LA CASA DE LAS OLAS", ["Netflix"], "Spain"),
        ("RUTA NORTE", ["Prime Video"], "Argentina"),
    ]


def test_a_tagged_review_headline_that_goes_on_with_is_names_the_title_before_it() -> None:
    page = reviewparse.parse(
        "r/AsianDramas\n\n"
        "[Review] Plum Rain at the Noodle Bar is the best drama I've seen this year (no spoilers)\n\n"
        "Finished the finale last night. 12 episodes, roughly an hour each, on PTS.\n",
        format="text",
    )
    assert [(w.title, w.episodes) for w in page.works] == [("Plum Rain at the Noodle Bar", 12)]


def test_a_film_pages_sidebar_of_credits_and_a_title_year_then_credit_headline() -> None:
    html = (
        "<html><head><title>\u200eHarbour Lights (2022) review by kestrel • Filmlog</title>"
        '<meta property="og:title" content="\u200eHarbour Lights (2022) directed by Ana Ribeiro • Filmlog">'
        "</head><body><aside class='film-sidebar'><h2>Harbour Lights 2022</h2><dl class='crew'>"
        "<dt>Director</dt><dd>Ana Ribeiro</dd><dt>Writers</dt><dd>Ana Ribeiro</dd></dl>"
        "<dl class='details'><dt>Country</dt><dd>Portugal</dd></dl></aside>"
        "<div class='review'><p>Watched it twice and it only got better: a quiet film about a lighthouse "
        "keeper's daughter and the sailors she writes to.</p></div></body></html>"
    )
    work = reviewparse.parse(html, format="html").works[0]
    assert (work.title, work.year, work.directors, work.country) == (
        "Harbour Lights",
        2022,
        ["Ana Ribeiro"],
        "Portugal",
    )


def test_a_section_heading_that_names_the_reviewed_work_does_not_make_a_roundup() -> None:
    page = reviewparse.parse(
        "[중드 리뷰] '달빛 찻집', 30부작이 짧게 느껴지는 궁중 로맨스\n\n입력 2024.07.02 09:30\n\n"
        "▶ 한줄평: 올여름 가장 따뜻한 사극\n▶ 별점: ★★★★☆ (4/5)\n\n"
        "중국 드라마 '달빛 찻집'은 2024년 6월 3일부터 방영된 30부작 사극 로맨스다. 회당 45분 내외다. "
        "배우들의 연기도 좋고 음악도 좋다.\n\n"
        "■ 좋았던 점: 30부작, 늘어지지 않는다\n\n"
        "대부분의 사극이 중반 이후 숨을 고르는 것과 달리 이 작품은 "
        "매 회 사건 하나를 매듭짓는 구조라 속도감이 좋다.\n\n"
        "■ 숫자로 보는 '달빛 찻집'\n\n더우반 평점은 8.1점이고 누적 재생수는 25억 회를 넘었다. "
        "국내에서는 현재 20화까지 공개됐다.\n\n"
        "■ 아쉬운 점\n\n후반부로 가면 인물이 지나치게 많아져 집중력이 흐트러지고 "
        "회상 장면도 반복이 잦은 편이다.\n",
        format="text",
    )
    assert [(w.title, w.episodes) for w in page.works] == [("달빛 찻집", 30)]


def test_an_original_title_note_in_a_title_label_is_not_part_of_the_title() -> None:
    page = reviewparse.parse(
        "미드 정주행 기록\n\n제목: 등대 너머 (원제: Beyond the Lighthouse)\n방송: FX\n"
        "총 10부작이고 회당 50분 정도예요. 주말에 몰아서 봤는데 너무 재미있었어요.",
        format="text",
    )
    assert [(w.title, w.episodes) for w in page.works] == [("등대 너머", 10)]


def test_a_name_line_over_a_dateline_is_the_author_and_portada_is_no_byline() -> None:
    page = reviewparse.parse(
        "PANTALLA\nPortada · Cine · Series · Streaming\n\n"
        "Los estrenos de la semana en Netflix: del 14 al 20 de octubre de 2024\n\n"
        "Lucía Ferrán\nMadrid - 14 oct 2024 - 07:00 CEST\n\n"
        "Semana intensa en la plataforma, que prepara estrenos que van del thriller a la comedia.\n",
        format="text",
    )
    assert (page.review.author, page.review.published) == ("Lucía Ferrán", "2024-10-14")


def test_an_edition_line_is_no_author() -> None:
    page = reviewparse.parse(
        "Diario del Sur\nEdición Campo de Gibraltar · Lunes, 3 de marzo de 2025\n\n"
        "'El faro de invierno' arrasa en Netflix\n\n"
        "La serie coreana de 12 episodios lleva dos semanas en lo más alto del ranking de la plataforma.\n",
        format="text",
    )
    assert page.review.author is None


def test_a_navigation_menu_states_no_country_and_series_indonesia_does() -> None:
    page = reviewparse.parse(
        "catatanrara\nHome Series Film Drakor Thai About Contact\n\n"
        "[REVIEW] Kos Nomor Tujuh: Horor Kos-kosan yang Bikin Ngakak\n\n"
        "Oke guys, aku mau jujur dulu. Yang aku suka: series Indonesia ini nggak maksa jump scare.\n",
        format="text",
    )
    assert [(w.title, w.country) for w in page.works] == [("Kos Nomor Tujuh", "Indonesia")]
    menu = reviewparse.parse(
        "Beranda | Drakor | Thai Drama | C-Drama | Daftar Isi\n\n"
        "Mini Review: Hujan di Sukhumvit (2024)\n\n"
        "Aku wajib banget review drama Thailand satu ini karena baru kelar minggu lalu.\n",
        format="text",
    )
    assert [(w.title, w.country) for w in menu.works] == [("Hujan di Sukhumvit", "Thailand")]


def test_channels_in_a_picture_credit_a_parent_company_a_rivals_possessive_and_a_contest() -> None:
    work = work_of(
        "[Image: the lead on a sea wall. Photograph: Saltmarsh Films/Channel 4]\n"
        "The series airs weekly on BBC One on Sunday nights. The BBC has not said if there will be more. "
        "It goes up against ITV's glossy Cold Harbour, which has the same slot. "
        "Its writer won the KBS drama script contest in 2019."
    )
    assert work.networks == ["BBC One"]


def test_a_page_copied_without_its_headline_takes_the_bracketed_title_it_describes() -> None:
    page = reviewparse.parse(
        "는 장면에서 이미 게임 끝났다고 봐요. 솔직히 1화 초반은 좀 지루했어요.\n\n"
        "그래서 정리해보는 〈조용한 배달부〉 기본 정보!\n\n"
        "총 8부작이고 회당 40분 남짓이라 하루면 다 봐요. 〈소리 없는 밤〉을 연출했던 감독 작품이에요.\n",
        format="text",
    )
    assert [(w.title, w.episodes) for w in page.works] == [("조용한 배달부", 8)]


def test_an_awards_story_whose_winners_list_names_the_works() -> None:
    html = (
        "<html><head><title>Kim Na-rae wins Grand Prize at 9th Silver Heron TV Awards</title></head><body>"
        "<h1>Kim Na-rae wins Grand Prize at 9th Silver Heron TV Awards</h1>"
        "<p>Actress Kim Na-rae won the Grand Prize at the 9th Silver Heron TV Awards on Friday for her "
        'performance in tvN\'s "Paper Lanterns." The 12-episode drama aired on tvN last spring.</p>'
        '<p>Ha Jun-seo was nominated for "Iron Kitchen" and "Paper Lanterns" alike.</p>'
        '<p>The Popularity Award went to Min Ga-on of the KBS2 drama "Iron Kitchen," a canteen comedy.</p>'
        "<h2>Winners of the 9th Silver Heron TV Awards</h2>"
        '<p>Grand Prize: Kim Na-rae ("Paper Lanterns")</p><p>Best Drama: "Iron Kitchen" (KBS2)</p>'
        '<p>Popularity Award: Min Ga-on ("Iron Kitchen")</p>'
        '<p>Best Screenplay: Oh Se-ri ("Paper Lanterns")</p>'
        "</body></html>"
    )
    works = reviewparse.parse(html, format="html").works
    assert [(w.title, w.networks) for w in works] == [("Paper Lanterns", ["tvN"]), ("Iron Kitchen", ["KBS2"])]
    assert [(a.ceremony, a.edition, a.category, a.recipient) for a in works[0].awards] == [
        ("Silver Heron TV Awards", 9, "Grand Prize", "Kim Na-rae"),
        ("Silver Heron TV Awards", 9, "Best Screenplay", "Oh Se-ri"),
    ]
    assert [(a.category, a.recipient) for a in works[1].awards] == [
        ("Best Drama", None),
        ("Popularity Award", "Min Ga-on"),
    ]


def test_platforms_denied_in_a_list_a_services_own_channel_social_links_and_links_to_other_reviews() -> None:
    work = work_of(
        "Síguenos: Instagram · TikTok · YouTube · Telegram\n"
        "Ia tayang di Viu. Perlu dicatat, drama ini tidak tersedia di Netflix maupun Disney+ Hotstar. "
        "Ojo: NO está en iQIYI. The hero runs a YouTube channel with 40 subscribers.\n"
        "› Night Crossing review – Apple TV+ thriller sinks without trace"
    )
    assert work.platforms == ["Viu"]
    assert work_of("All 18 episodes are free on Channel 3's official YouTube channel.").platforms == [
        "YouTube"
    ]


def test_readers_comments_late_in_a_text_page_run_on_past_a_long_comment() -> None:
    body = (
        "The series airs on BBC One. " + "It is patient, bleak and superbly acted from start to finish. " * 8
    )
    work = work_of(
        f"{body}\n\n58 comments\n\nbroadsfan\n14 Apr 2024 22.31\nGripping. I binged all six on iPlayer.\n"
        "saltmarsh_sue\n14 Apr 2024 23.07\n@dave it's a BBC show, nothing to do with Netflix. "
        + "The accents are all over the place but the landscape is spot on. " * 4
        + "\n"
    )
    assert work.platforms == []


def test_credits_directs_from_his_own_script_its_director_comma_and_sutradaranya() -> None:
    work = work_of("Tom Hale directs from his own script, and the cast is fine.")
    assert (work.directors, work.writers) == (["Tom Hale"], ["Tom Hale"])
    assert work_of("Its director, Ana Ribeiro, took Best Director.").directors == ["Ana Ribeiro"]
    assert work_of("Sutradaranya Nattapong Wongsa, dan naskahnya bagus.").directors == ["Nattapong Wongsa"]


def test_korean_credits_in_a_ledes_parentheses_a_directors_work_and_a_paired_label() -> None:
    work = work_of(
        "KBS2 새 수목드라마 '푸른 약속'(극본 정하린, 연출 문태호, 제작 스튜디오 해온)이 13일 첫 방송된다."
    )
    assert (work.writers, work.directors, work.production_companies) == (
        ["정하린"],
        ["문태호"],
        ["스튜디오 해온"],
    )
    assert work_of("〈소리 없는 밤〉을 연출했던 나재윤 감독 작품이고 재미있어요.").directors == ["나재윤"]
    paired = work_of("극본 / 연출: 차민경 / 고은석\n방송: SBS")
    assert (paired.writers, paired.directors) == (["차민경"], ["고은석"])


def test_more_cast_forms_job_before_name_partner_co_stars_and_spanish_descriptions() -> None:
    cast = work_of(
        "The drama stars Na Eun-bi as forensic accountant Seo Yeon-hwa. "
        "Lee Ha-ram is his partner Jang Bo-ra, a former sketch artist. Bree Tolland co-stars. "
        "Michael Dunne es el agente del FBI Cole Whitman, que investiga el caso."
    ).cast
    assert [(c.actor, c.character) for c in cast] == [
        ("Na Eun-bi", "Seo Yeon-hwa"),
        ("Lee Ha-ram", "Jang Bo-ra"),
        ("Bree Tolland", None),
        ("Michael Dunne", "Cole Whitman"),
    ]
    assert [c.actor for c in work_of("He is as good as Kim Soo-hyun in anything.").cast] == []


def test_korean_role_dash_actor_lines_and_a_role_word_that_is_not_a_role() -> None:
    cast = work_of(
        "출연진은\n- 청각장애가 있는 택배기사 윤결 역 - 차건우\n- 배해준 – 도강현 역\n"
        "오정택이 라디오국 PD 남궁현 역을 맡았다. 전작에서는 차가운 역할만 해서 몰랐다."
    ).cast
    assert {(c.actor, c.character) for c in cast} == {
        ("차건우", "윤결"),
        ("배해준", "도강현"),
        ("오정택", "남궁현"),
    }


def test_a_spanish_page_lists_its_main_cast_actor_first() -> None:
    cast = work_of(
        "Reparto principal: Kim Na-ri (Han Yu-ri), Song Jae-oh (Ko Hyun-woo)\n"
        "Reparto de voces (V.O.): Mine Aoi (Natsuki)"
    ).cast
    assert [(c.actor, c.character) for c in cast] == [
        ("Kim Na-ri", "Han Yu-ri"),
        ("Song Jae-oh", "Ko Hyun-woo"),
        ("Mine Aoi", "Natsuki"),
    ]


def test_a_korean_info_table_for_a_foreign_show_spaced_names_a_combined_label_and_and_others() -> None:
    work = work_of(
        "크리에이터·각본: 데브라 퀸 (Debra Quinn)\n연출: 에런 밀스 (Aaron Mills) 외\n"
        "출연: 레나 오코로(루스 벨 역), 마일스 터너(잭 하퍼 역)\n배우 도경만(윤만복 역)도 나온다."
    )
    assert (work.writers, work.directors) == (["Debra Quinn"], ["Aaron Mills"])
    assert {(c.actor, c.character) for c in work.cast} == {
        ("레나 오코로", "루스 벨"),
        ("마일스 터너", "잭 하퍼"),
        ("도경만", "윤만복"),
    }


def test_award_editions_and_ceremonies_in_korean_spanish_and_indonesian() -> None:
    korean = work_of(
        "얼마 전 발표된 제45회 청룡영화상 후보에 신인감독상으로 권시호 감독이 올라갔더라고요!"
    ).awards
    assert [(a.ceremony, a.edition, a.category, a.outcome) for a in korean] == [
        ("청룡영화상", 45, "신인감독상", "nominated")
    ]
    spanish = work_of(
        "La película fue nominada a Mejor Película de Animación en la 48.ª edición de los Premios de la "
        "Academia Japonesa, y no me extrañaría."
    ).awards
    assert [(a.ceremony, a.edition, a.category) for a in spanish] == [
        ("Premios de la Academia Japonesa", 48, "Mejor Película de Animación")
    ]
    indonesian = work_of(
        "Dia masuk daftar nominasi Best Actress (TV) di Baeksang Arts Awards ke-60 tahun ini."
    ).awards
    assert [(a.edition, a.outcome) for a in indonesian] == [(60, "nominated")]


def test_list_headings_with_rank_badges_and_dated_items() -> None:
    html = (
        "<html><head><title>The best films of 2024</title></head><body><h1>The best films of 2024</h1>"
        "<p>Our critics argued for weeks; these are the five films that survived every round of votes.</p>"
        '<h2><span class="rank">1</span> Nine Days North</h2><p>A thriller that runs 128 minutes and never '
        "lets go of you, from the first frame to the last one.</p>"
        '<h2><span class="rank">2</span> Rio Frio</h2><p>A Mexican drama about a family and a river that '
        "keeps moving, told in long and patient takes.</p></body></html>"
    )
    assert [w.title for w in reviewparse.parse(html, format="html").works] == ["Nine Days North", "Rio Frio"]
    text = (
        "Daftar film Indonesia tayang September\n\n"
        "1. Mudik Nekat (12 September 2024)\n"
        "Komedi keluarga tentang mudik yang kacau dari awal sampai akhir.\n\n"
        "2. Pintu Terakhir (26 September 2024)\nFilm horor tentang rumah tua yang pintunya tak bisa dibuka.\n"
    )
    assert [w.title for w in reviewparse.parse(text, format="text").works] == [
        "Mudik Nekat",
        "Pintu Terakhir",
    ]


def test_a_numbered_cast_list_is_no_roundup_and_a_copy_without_its_start_finds_its_title() -> None:
    page = reviewparse.parse(
        "ngan rating yang terus naik, drama ini jadi perbincangan.\n\n"
        "Daftar Pemain Darah Melati\n\n1. Tawan Srisawat sebagai Phop\nIa memerankan pewaris dingin yang "
        "perlahan luluh dan jadi pusat cerita.\n\n2. Ploy Rattana sebagai Mali\nIa menyimpan dendam "
        "selama satu dekade dan kembali dengan identitas baru.\n",
        format="text",
    )
    assert len(page.works) <= 1
    film = reviewparse.parse(
        "road trip in a borrowed pickup, and I went in expecting very little.\n\n"
        "Nine Miles North is directed by Elena Vasquez, who co-wrote it with Paul Dreyer.\n",
        format="text",
    )
    assert [(w.title, w.directors) for w in film.works] == [("Nine Miles North", ["Elena Vasquez"])]


def test_a_title_label_drops_the_original_name_in_another_script() -> None:
    page = reviewparse.parse(
        "Catatan Drakor\n\nJudul: Love in Room 1005 (1005호의 사랑)\nJumlah Episode: 12\n"
        "Drama ini bikin senyum-senyum sendiri dari awal sampai akhir, serius deh.\n",
        format="text",
    )
    assert [(w.title, w.episodes) for w in page.works] == [("Love in Room 1005", 12)]


def test_paragraphs_that_open_with_a_bold_title_are_a_lists_works() -> None:
    html = (
        "<html><head><title>Estrenos de anime de la temporada</title></head><body>"
        "<h1>Estrenos de anime de la temporada</h1>"
        "<p><strong>Te puede interesar:</strong> <a href='#'>Los 10 mejores anime del invierno</a></p>"
        "<p><strong>Cocina de la Luna</strong>. La comedia culinaria de la temporada viene de "
        "Studio Hanabi y tiene episodios de 24 minutos.</p>"
        "<p><strong>La Espada Novena</strong>. El anime de acción más esperado de la primavera, "
        "producido por Studio Raijin, llega a Netflix.</p>"
        "<p><strong>Lluvia de Estrellas</strong> (película). Un romance escolar de Kumo Animation que dura "
        "1 h 48 min y se estrena en cines.</p>"
        "</body></html>"
    )
    works = reviewparse.parse(html, format="html").works
    assert [w.title for w in works] == ["Cocina de la Luna", "La Espada Novena", "Lluvia de Estrellas"]
    assert works[2].runtime is not None and works[2].runtime.min_minutes == 108


def test_a_final_episodes_broadcast_date_is_the_end_and_a_facts_line_dates_a_roundup_item() -> None:
    period = work_of(
        "The 16th and final episode of the drama, broadcast on Sunday, March 17, 2024, scored 17.8 percent. "
        "The series premiered on Jan. 27, 2024."
    ).aired
    assert period is not None and (period.start, period.end) == ("2024-01-27", "2024-03-17")
    html = (
        "<html><head><title>Every new Asian drama premiering in May</title></head><body>"
        "<h1>Every new Asian drama premiering in May</h1><p>Five new series, four countries, one very busy "
        "month. Here is what is coming and where it airs.</p>"
        "<h3>The Salt Road Home</h3><p>SBS · May 2, 2025 · 12 episodes</p>"
        "<p>A family drama about three sisters who reopen their late father's salt farm on the coast.</p>"
        "<h3>Kyoto Rain Detective</h3><p>Fuji TV · May 5, 2025 · 10 episodes</p>"
        "<p>A mystery about a detective who only takes cases on rainy days, set in old Kyoto.</p>"
        "</body></html>"
    )
    works = reviewparse.parse(html, format="html").works
    assert [(w.title, w.aired.start if w.aired else None, w.episodes) for w in works] == [
        ("The Salt Road Home", "2025-05-02", 12),
        ("Kyoto Rain Detective", "2025-05-05", 10),
    ]


def test_bylines_with_a_date_between_a_korean_lede_reporter_and_a_comment_count_in_gae() -> None:
    spanish = reviewparse.parse(
        "Reseña: Ecos del río\n\nPublicado el 22 de marzo de 2025 por Dani Ortiz · 6 comentarios\n\n"
        "Una serie coreana de 12 episodios que se ve de un tirón y que recomiendo a todo el mundo.\n",
        format="text",
    )
    assert (spanish.review.author, spanish.review.published) == ("Dani Ortiz", "2025-03-22")
    korean = reviewparse.parse(
        "'반지하 형사' 장태민, 첫 회부터 터졌다\n\n스포츠온\n입력 2024. 11. 9. 08:12\n댓글 41개\n\n"
        "[스포츠온 이수진 기자] SBS 새 금토드라마 '반지하 형사'가 첫 방송부터 금토극 정상에 올랐다.\n",
        format="text",
    )
    assert (korean.review.author, korean.review.comments) == ("이수진", 41)


def test_more_korean_and_english_cast_forms() -> None:
    korean = work_of(
        "정우진이 투자 회사 대표 강서한으로, 윤채린이 요리사 백다솜으로 분한다. "
        "이태호는 오랜 친구로 분해 웃음을 준다. "
        "김상호는 동네 건물 세 채를 가진 악덕 건물주 마동진 역을 맡았다.\n특별출연: 백승민"
    ).cast
    assert {(c.actor, c.character) for c in korean} == {
        ("정우진", "강서한"),
        ("윤채린", "백다솜"),
        ("김상호", "마동진"),
        ("백승민", None),
    }
    english = work_of(
        "Min Ye-rin is the residents' association president, Choi Bo-ram. "
        "Veteran actress Gong Mi-ra steals every scene as the ferry's cook. "
        "An Indian maths tutor (Vikram Sood) spends one monsoon season coaching."
    ).cast
    assert [(c.actor, c.character) for c in english] == [
        ("Min Ye-rin", "Choi Bo-ram"),
        ("Gong Mi-ra", None),
        ("Vikram Sood", None),
    ]


def test_comedy_drama_is_one_genre() -> None:
    assert work_of("Género: comedia dramática\nUna película argentina que se ve con gusto.").genres == [
        "comedy-drama"
    ]


def test_a_copy_without_its_start_takes_the_quoted_name_it_repeats() -> None:
    page = reviewparse.parse(
        "는 이웃님들 댓글을 하도 많이 봐서 결국 '유월의 도서관'을 시작했는데요, 정말 좋았어요.\n\n"
        "사실 1, 2회만 봤을 때는 '이거 완전 일드 느낌인데?' 싶었어요.\n\n"
        "방송: JTBC 토일드라마\n회차: 12부작\n\n'유월의 도서관'은 도서관 의자처럼 포근한 드라마.\n",
        format="text",
    )
    assert [(w.title, w.episodes, w.networks) for w in page.works] == [("유월의 도서관", 12, ["JTBC"])]


def test_a_section_kicker_and_a_score_label_line_are_no_headlines() -> None:
    page = reviewparse.parse(
        "Fotograma\nInicio » Reseñas » Series\n\nRESEÑA · SERIES\n\n"
        "'La herbolaria del puerto': veneno, té y colonialismo en la mejor serie del año\n\n"
        "Por Nerea Valle | 20 noviembre, 2026 | 3 comentarios\n\n"
        "Una serie taiwanesa de 8 episodios que se ve de un tirón y que recomiendo sin dudar.\n",
        format="text",
    )
    assert [(w.title, w.episodes) for w in page.works] == [("La herbolaria del puerto", 8)]
    scored = reviewparse.parse(
        "rumah kos tiga lantai yang dia kelola sejak 1998, dan semua anak kosnya lucu.\n\n"
        "Nilai akhir dari aku: 3,5 dari 5\n\nJudul: Kos Bu Warsih\nJumlah episode: 10\n",
        format="text",
    )
    assert [(w.title, w.episodes) for w in scored.works] == [("Kos Bu Warsih", 10)]


def test_a_table_of_works_headed_serie_and_genres_after_two_adjectives() -> None:
    html = (
        "<html><head><title>Cinco series cortas para maratonear</title></head><body>"
        "<h1>Cinco series cortas para maratonear</h1><p>Para el fin de semana largo, cinco series que se "
        "ven de un tirón y que no te van a robar el mes entero.</p><table><thead><tr><th>Serie</th>"
        "<th>País</th><th>Capítulos</th><th>Dónde verla</th></tr></thead><tbody>"
        "<tr><td>Té en Tamsui</td><td>Taiwán</td><td>8</td><td>Netflix</td></tr>"
        "<tr><td>Hostal Sabai</td><td>Tailandia</td><td>12</td><td>Viu</td></tr></tbody></table>"
        "<p><strong>Té en Tamsui</strong> (Netflix). Una comedia romántica taiwanesa original de Netflix "
        "sobre una tetería que nadie quiere vender.</p>"
        "<p><strong>Hostal Sabai</strong> (Viu). Comedia dramática tailandesa sobre un hostal de mochileros "
        "en Chiang Mai.</p></body></html>"
    )
    works = reviewparse.parse(html, format="html").works
    assert [(w.title, w.episodes, w.country, w.genres) for w in works] == [
        ("Té en Tamsui", 8, "Taiwan", ["romantic comedy"]),
        ("Hostal Sabai", 12, "Thailand", ["comedy-drama"]),
    ]


def test_a_ratings_story_whose_paragraphs_each_open_on_a_channels_drama() -> None:
    body = " It was a strong week for the channel and the numbers kept rising through the weekend."
    page = reviewparse.parse(
        "This Week in Ratings: 'Moon Over Haeundae' Hits Series High as 'The Ledger Clerks' Bows Out\n\n"
        "Hana Lim\nOct 28, 2024\n\n"
        "tvN's Saturday-Sunday drama Moon Over Haeundae reached a new personal best on Sunday with 11.4 "
        f"percent. The 16-episode romantic comedy stars Jung Seo-ho as a florist.{body}\n\n"
        "SBS's The Ledger Clerks said farewell on Friday, closing out its 12-episode run with 13.2 "
        f"percent, the highest figure of its run.{body}\n\n"
        "Elsewhere, JTBC's Tailor's Dawn will be in next week's column after its premiere.\n",
        format="text",
    )
    assert [(w.title, w.networks, w.episodes) for w in page.works] == [
        ("Moon Over Haeundae", ["tvN"], 16),
        ("The Ledger Clerks", ["SBS"], 12),
    ]


def test_list_headings_drop_a_name_in_another_language_but_keep_an_expansion() -> None:
    text = (
        "Las mejores series coreanas de Netflix\n\n"
        "1. Las flores del puerto (Harbor Flowers)\n"
        "Año: 2023 | Episodios: 16 | Reparto: Kim Ha-eun, Park Do-yun\n\n"
        "Una comedia romántica sobre una florista de Busan que hereda una tienda en ruinas junto al mar.\n\n"
        "2. Ciudad sin sombra (그림자 없는 도시)\n"
        "Año: 2024 | Episodios: 8 | Reparto: Jang Tae-ho, Moon Ye-rin\n\n"
        "Jang Tae-ho (Do Gun-woo) es el policía de barrio que intenta entender qué pasa en Seúl.\n\n"
        "3. BPM (Beats Per Minute)\n"
        "Año: 2017 | Película francesa sobre los activistas de Act Up en el París de los noventa.\n"
    )
    works = reviewparse.parse(text, format="text").works
    assert [w.title for w in works] == [
        "Las flores del puerto",
        "Ciudad sin sombra",
        "BPM (Beats Per Minute)",
    ]
    # the pair reads actor first: the facts line lists Jang Tae-ho among the cast
    assert ("Jang Tae-ho", "Do Gun-woo") in [(c.actor, c.character) for c in works[1].cast]


def test_spanish_credits_genres_and_a_comment_count_after_an_icon() -> None:
    work = work_of(
        "Dirigida por Byun Sung-jae, se estrenó el 14 de marzo de 2024. El guion es de Park Eun-ji, "
        "autora de otras series. Emitida por tvN, esta comedia romántica es la serie perfecta."
    )
    assert (work.directors, work.writers, work.genres) == (
        ["Byun Sung-jae"],
        ["Park Eun-ji"],
        ["romantic comedy"],
    )
    assert work_of(
        "La dirección corre a cargo de Lee Min-ho y el guion corre a cargo de Choi Ran."
    ).writers == ["Choi Ran"]
    assert work_of("Una comedia pequeña y luminosa de JTBC sobre un restaurante.").genres == ["comedy"]
    assert work_of("Un drama legal con mucho ritmo.").genres == ["legal"]
    assert work_of("Al final, el misterio es quién riega las plantas.").genres == []
    page = reviewparse.parse(
        "Las mejores series\nPor Lucía Hernández\nPublicado: 02/04/2024\n💬 9 comentarios\n"
        "Elegir solo siete series coreanas es casi una misión imposible, pero aquí va la lista.\n",
        format="text",
    )
    assert page.review.comments == 9


def test_a_ratings_story_copied_without_its_headline_and_an_author_box() -> None:
    text = (
        "nd the drama beat its own best by two points.\n\n"
        "According to Nielsen Korea, the 16th and final episode of SBS's Harbor Light Bakery, which aired on "
        "Sunday, June 7, 2026, recorded an average nationwide rating of 10.2 percent, the best of its whole "
        "run on the channel.\n\n"
        "The 16-episode romantic comedy follows a baker and a fisherman. Harbor Light Bakery streams on "
        "Netflix outside Korea.\n\n"
        "Meanwhile, MBC's new Friday-Saturday drama Night Shift Pharmacy got off to a solid start with 4.1 "
        "percent, the channel's best premiere in its Friday slot since the spring of last year, when its "
        "medical drama opened with 3.8 percent.\n\n"
        "Night Shift Pharmacy airs every Friday and Saturday at 10 p.m.\n\n"
        "ABOUT THE AUTHOR\nMarta Quintero\nMarta covers ratings news for the site.\n"
    )
    page = reviewparse.parse(text, format="text")
    assert [w.title for w in page.works] == ["Harbor Light Bakery", "Night Shift Pharmacy"]
    bakery = page.works[0]
    assert bakery.aired is not None and (bakery.aired.start, bakery.aired.end) == (None, "2026-06-07")
    assert (bakery.year, bakery.genres, bakery.episodes) == (2026, ["romantic comedy"], 16)
    assert page.review.author == "Marta Quintero"


def test_a_count_adjective_genre_of_another_title_and_a_filming_wrap_are_left_out() -> None:
    work = work_of(
        "He was the prosecutor in Iron Garden (MBC, 2020), the 20-episode thriller that made him famous."
    )
    assert work.genres == []
    work = work_of("Filming began in May and wrapped in late October 2020.")
    assert work.aired is None


def test_a_list_item_heading_that_frames_a_quoted_title_and_one_about_two_things() -> None:
    text = (
        "[연예] 같은 주 첫방, 두 드라마의 정면승부\n\n"
        "■ '겨울 항구의 밤', 원작 미스터리 스릴러\n"
        "tvN 새 수목드라마 '겨울 항구의 밤'은 12부작 미스터리 스릴러로, "
        "기억을 잃는 형사가 실종 사건을 쫓는 이야기다.\n\n"
        "■ '마흔의 식탁', 웹툰 원작 로맨틱 코미디\n"
        "SBS 새 금토드라마 '마흔의 식탁'은 총 16부작 로맨틱 코미디로, "
        "요리사와 투자 회사 대표의 사랑 이야기다.\n\n"
        "■ 관전 포인트는 '시청률'과 '화제성'\n"
        "두 작품 모두 전작의 부진을 만회해야 하는 입장이라 첫 회 시청률에 관심이 쏠린다.\n\n"
        "■ OTT에서는 '모래의 손님'\n"
        "쿠팡플레이 오리지널 '모래의 손님'은 8부작 스릴러로 같은 주 토요일에 전편 공개된다.\n"
    )
    titles = [w.title for w in reviewparse.parse(text, format="text").works]
    assert titles == ["겨울 항구의 밤", "마흔의 식탁", "모래의 손님"]


def test_numbered_headings_over_facts_tables_and_a_label_drama_that_qualifies_a_genre() -> None:
    def ficha(rows: str) -> str:
        return f'<table class="ficha"><tbody>{rows}</tbody></table>'

    html = (
        "<html><body><h1>3 doramas coreanos para esta primavera</h1>"
        "<p>Aquí van tres doramas muy distintos entre sí, cada uno con su ficha y dónde verlo.</p>"
        "<h2>1. El relojero de Incheon</h2>"
        + ficha(
            "<tr><th>Año</th><td>2024</td></tr><tr><th>Cadena</th><td>KBS2</td></tr>"
            "<tr><th>Género</th><td>Drama familiar</td></tr>"
            "<tr><th>Dónde verlo</th><td>Viki, Kocowa</td></tr>"
        )
        + "<p>Un relojero que repara relojes ajenos y no sabe arreglar su propia familia, "
        "en una serie lenta.</p>"
        "<h2>2. La cocina de medianoche</h2>"
        + ficha(
            "<tr><th>Año</th><td>2025</td></tr><tr><th>Cadena</th><td>tvN</td></tr>"
            "<tr><th>Género</th><td>Comedia romántica</td></tr><tr><th>Dónde verlo</th><td>Netflix</td></tr>"
        )
        + "<p>Una cocinera y un crítico gastronómico se pelean cada noche en un restaurante "
        "que abre a las doce.</p>"
        "</body></html>"
    )
    works = reviewparse.parse(html, format="html").works
    assert [w.title for w in works] == ["El relojero de Incheon", "La cocina de medianoche"]
    assert (works[0].genres, works[0].platforms) == (["family"], ["Viki", "Kocowa"])
    assert work_of("Genres: Drama Mystery").genres == ["drama", "mystery"]


def test_a_festival_story_whose_winners_list_does_not_quote_the_films() -> None:
    text = (
        "'The Copper Bell' wins Silver Gull at Porto Alto\n\n"
        "PORTO ALTO – The 12th Porto Alto Film Festival wrapped its 2025 edition on Saturday night, as "
        "The Copper Bell took the Silver Gull for best film and its lead the best actor prize.\n\n"
        "Directed by Ines Valtorta, the 104-minute drama follows a bell founder in a mountain village "
        "who casts one last bell for a church that no longer has a congregation to ring it for.\n\n"
        "Best director for Lindqvist\n\n"
        "The best director award went to Mats Lindqvist for Harbour Lights Out, a 92-minute Swedish "
        "thriller about two lighthouse keepers who find a drifting boat and decide not to report it to "
        "anyone. Anna Berg and Olof Strand play the keepers, and Lindqvist also wrote the screenplay.\n\n"
        "A comedy wins over the public\n\n"
        "The Audience Award went to Los primos Varela, Tomás Ibarra's Uruguayan comedy about three "
        "cousins who inherit a failing ice-cream parlour in Montevideo and try to keep it open all winter "
        "with nothing but stubbornness and credit. Ibarra co-wrote it with his brother, Julián Ibarra.\n\n"
        "Porto Alto 2025: the winners\n"
        "Silver Gull (best film): The Copper Bell (dir. Ines Valtorta, Italy)\n"
        "Best director: Mats Lindqvist, Harbour Lights Out (Sweden)\n"
        "Best actor: Paolo Renzi, The Copper Bell\n"
        "Audience Award: Los primos Varela (dir. Tomás Ibarra, Uruguay)\n"
        "Honorary Award: Marta Vidal\n"
    )
    works = {w.title: w for w in reviewparse.parse(text, format="text").works}
    assert list(works) == ["The Copper Bell", "Harbour Lights Out", "Los primos Varela"]
    bell = works["The Copper Bell"]
    assert [(a.ceremony, a.edition, a.year, a.category, a.recipient) for a in bell.awards] == [
        ("Porto Alto Film Festival", 12, 2025, "Silver Gull", None),
        ("Porto Alto Film Festival", 12, 2025, "Best actor", "Paolo Renzi"),
    ]
    assert (bell.directors, bell.runtime is not None and bell.runtime.min_minutes) == (["Ines Valtorta"], 104)
    harbour = works["Harbour Lights Out"]
    assert harbour.genres == ["thriller"]
    assert [c.actor for c in harbour.cast] == ["Anna Berg", "Olof Strand"]
    cousins = works["Los primos Varela"]
    assert (cousins.directors, cousins.genres) == (["Tomás Ibarra"], ["comedy"])


def test_a_winner_named_in_passing_does_not_make_a_roundup() -> None:
    text = (
        "'The Copper Bell' takes the top prize at the Porto Alto Film Festival\n\n"
        "PORTO ALTO – Ines Valtorta's Italian drama The Copper Bell won the Silver Gull at the 12th Porto "
        "Alto Film Festival on Saturday night, capping a long run on the festival circuit for the film.\n\n"
        "Valtorta was nominated for best director, but that prize went to Mats Lindqvist for Harbour "
        "Lights Out, a portrait of two keepers.\n\n"
        "Winners\n"
        "Silver Gull (best film): The Copper Bell (dir. Ines Valtorta, Italy)\n"
        "Best director: Mats Lindqvist, Harbour Lights Out (Sweden)\n"
        "Best actor: Paolo Renzi, The Copper Bell\n"
        "Audience Award: Los primos Varela (dir. Tomás Ibarra, Uruguay)\n"
        "- Review: 'Harbour Lights Out' is worth the trip\n"
    )
    works = reviewparse.parse(text, format="text").works
    assert [w.title for w in works] == ["The Copper Bell"]
    assert works[0].directors == ["Ines Valtorta"]


def test_a_korean_run_that_started_with_a_rating_and_finished_its_journey() -> None:
    work = work_of(
        "지난 2024년 10월 18일 4.3%로 출발한 '마이 드라마'는 입소문을 타고 꾸준히 상승세를 그리며 "
        "11월 23일 12부작의 여정을 마무리했다."
    )
    assert work.aired is not None and (work.aired.start, work.aired.end) == ("2024-10-18", "2024-11-23")


def test_a_photo_caption_is_no_headline_of_a_copy_without_its_start() -> None:
    page = reviewparse.parse(
        "며 마지막까지 안방극장에 따뜻한 여운을 남겼다.\n\n"
        "지난 23일 방송된 MBC 금토드라마 '봄날 철물점'(극본 윤하솔, 연출 배정민) "
        "최종회는 11.2%를 기록했다.\n\n"
        "'봄날 철물점'은 낡은 철물점을 지키는 아버지와 아들의 이야기를 그린 가족 드라마다.\n\n"
        "철물점 단골손님으로 특별출연한 배우 방금례는 마지막 회에도 등장했다.\n\n"
        "[사진=MBC '봄날 철물점' 방송 화면 캡처]\n",
        format="text",
    )
    assert [w.title for w in page.works] == ["봄날 철물점"]


def test_a_korean_blog_of_a_japanese_anime_film_with_spaced_names_and_numbered_points() -> None:
    text = (
        "[애니 영화 리뷰] 바다 유리의 여름 – 꼭 보세요\n\n"
        "이번 주말에 일본 애니메이션 영화 〈바다 유리의 여름〉 보고 왔어요.\n\n"
        "감독: 사와다 코헤이\n각본: 미나세 유리\n"
        "출연(목소리): 시노하라 미오(나츠미 역), 카토 렌(소타 역), 오카베 준이치(할아버지 역)\n\n"
        "1. 작화가 미쳤어요\n물에 비친 햇빛, 유리에 부서지는 노을 같은 "
        "빛 표현을 영화 내내 보여 줘요. 정말 대단해요.\n\n"
        "2. 목소리 연기\n나츠미 역의 시노하라 미오는 이게 첫 주연이라는데 "
        "전혀 안 어색해요. 믿고 봤는데 역시였습니다.\n\n"
        "내 별점: ★★★★☆ (4.5/5)\n"
    )
    page = reviewparse.parse(text, format="text")
    assert [w.title for w in page.works] == ["바다 유리의 여름"]
    work = page.works[0]
    assert (work.directors, work.writers, work.country) == (["사와다 코헤이"], ["미나세 유리"], "Japan")
    assert [(c.actor, c.character) for c in work.cast] == [
        ("시노하라 미오", "나츠미"),
        ("카토 렌", "소타"),
        ("오카베 준이치", None),
    ]
    assert page.review.rating is not None and page.review.rating.value == 4.5


def test_a_forum_thread_copied_without_its_start() -> None:
    text = (
        "nd that is the last time I trust a trailer. Anyway, I finally watched Nine Floors Under last "
        "night and I have Thoughts, so here goes.\n\n"
        "For anyone who hasn't heard of it: it's a Korean disaster thriller directed by Ryu Dong-hwi. "
        "Came out in Korean cinemas in August 2024 and it's on Netflix now.\n\n"
        "- Heo Yoon-ji as Dr. Kim Seo-yeon, the ER doctor who was only there to buy shoes, is great.\n\n"
        "Overall: 7/10. Solid Friday night watch.\n\n"
        "  412   💬 64 comments   Share   Save\n\n"
        "dumpling_diplomat · 1d\nI'd go 8/10 though. Ryu Dong-hwi did it again.\n\n"
        "    sinkhole_sunday OP · 1d\n    Fair! I was just tired lol.\n\n"
        "View more comments (56)\n"
    )
    page = reviewparse.parse(text, format="text")
    assert [w.title for w in page.works] == ["Nine Floors Under"]
    work = page.works[0]
    assert (work.genres, work.directors) == (["disaster", "thriller"], ["Ryu Dong-hwi"])
    assert work.aired is not None and work.aired.start == "2024-08"
    assert [(c.actor, c.character) for c in work.cast] == [("Heo Yoon-ji", "Kim Seo-yeon")]
    assert (page.review.author, page.review.comments) == ("sinkhole_sunday", 64)
    assert page.review.rating is not None and page.review.rating.value == 7


def test_a_newspaper_review_under_a_long_menu() -> None:
    menu = "".join(
        f"{word}\n" for word in ("News", "Opinion", "Sport", "Culture", "Lifestyle", "Puzzles", "More")
    )
    text = (
        "Skip to main content\nThe Eastfield Courier\nSupport independent journalism – from £1\nSign in\n"
        + menu
        + "\nCulture › Television › TV reviews\n\nTV review\n\n"
        "Saltmarsh Parish review – Apple TV+'s bayou noir is slow, sticky and very hard to shake\n\n"
        "Maren Holt is magnetic as a small-town coroner in this eight-part American thriller, even if the "
        "last two episodes lose their nerve\n\n★★★☆☆\n\nTobias Wren\nThu 6 Feb 2025 22.00 GMT\n\n"
        "Harlan Boudreaux plays Sheriff Wade Thibault, a man who smiles a great deal and answers nothing. "
        "The writer's last drama, Two Bayous (HBO, 2019), won him a Peabody. Holt won an Emmy in 2022 for "
        "the miniseries Cattail Lane. For six episodes it is a very good one.\n\n"
        "Saltmarsh Parish streams on Apple TV+ from Friday 7 February to 21 March 2025, with two episodes "
        "on launch day and then one a week.\n"
    )
    page = reviewparse.parse(text, format="text")
    assert [w.title for w in page.works] == ["Saltmarsh Parish"]
    work = page.works[0]
    assert (work.episodes, work.awards) == (8, [])
    assert work.aired is not None and (work.aired.start, work.aired.end) == ("2025-02-07", "2025-03-21")
    assert ("Harlan Boudreaux", "Wade Thibault") in [(c.actor, c.character) for c in work.cast]


def test_a_ratings_story_whose_sections_are_headed_by_bare_titles() -> None:
    html = (
        "<html><body>"
        "<h1>Weekend Ratings: 'Granny Oh's Bakery' Nears 20%, 'Plum Blossom Protocol' Climbs</h1>"
        "<p>It was a crowded weekend on Korean television, and two K-dramas gave their networks "
        "something to celebrate, according to Nielsen Korea.</p>"
        "<h2>Granny Oh's Bakery (KBS2)</h2>"
        "<p>KBS2's weekend family drama kept climbing with 19.4 percent. The drama is written by "
        "Heo Sun-ja, whose previous weekend drama ran for 100 episodes in 2021.</p>"
        "<h2>Plum Blossom Protocol (tvN)</h2>"
        "<p>Over on tvN, the romantic comedy reached the halfway point of its 16-episode run, with "
        "its eighth episode scoring 7.1 percent on Sunday.</p>"
        "<p>Related: 'Plum Blossom Protocol' premiere review: a heist rom-com that gets it right</p>"
        "</body></html>"
    )
    works = reviewparse.parse(html, format="html").works
    assert [(w.title, w.episodes) for w in works] == [
        ("Granny Oh's Bakery", None),
        ("Plum Blossom Protocol", 16),
    ]


def test_a_forum_threads_facts_line_stats_line_and_an_award_for_an_actor() -> None:
    text = (
        "Forums › Asian Cinema\n\n"
        "[Review] Uncle's Noodle Truck (2024) – the Golden Horse winner finally hit streaming\n\n"
        "Thread starter oolong_static · Start date Jan 18, 2026\n\nReplies: 11 · Views: 1,904\n\n"
        "Country: Taiwan · Year: 2024 · Runtime: 104 min\n\n"
        "At the 61st Golden Horse Awards it won Best Leading Actor for Chang Te-sheng.\n"
    )
    page = reviewparse.parse(text, format="text")
    work = page.works[0]
    assert (work.country, page.review.comments) == ("Taiwan", 11)
    assert [(a.edition, a.category, a.outcome) for a in work.awards] == [(61, "Best Leading Actor", "won")]


def test_a_korean_box_office_story_with_a_film_info_box() -> None:
    html = (
        "<html><body><h1>'고등어의 계절' 300만 돌파…개봉 19일 만에 손익분기점 넘었다</h1>"
        "<p>[무비포커스 함지우 기자] 영화 '고등어의 계절'(감독 변지후, 제작 북청필름·물결픽처스)이 "
        "누적 관객 300만 명을 돌파했다.</p>"
        "<p>변지후 감독이 오세린 작가와 함께 각본을 썼다. 앞서 '고등어의 계절'은 지난 7월 열린 "
        "제24회 뉴욕아시안영화제에서 최우수 장편상을 받으며 개봉 전부터 화제를 모았다.</p>"
        "<p>민도혁은 지난 2023년 제44회 청룡영화상에서 영화 '까마귀 다리'로 남우조연상을 받은 바 있다.</p>"
        "<p>영화정보</p><dl><dt>개봉</dt><dd>2025.10.22</dd><dt>감독</dt><dd>변지후</dd></dl>"
        "</body></html>"
    )
    work = reviewparse.parse(html, format="html").works[0]
    assert (work.writers, work.production_companies) == (["변지후", "오세린"], ["북청필름", "물결픽처스"])
    assert work.aired is not None and work.aired.start == "2025-10-22"
    assert [(a.ceremony, a.edition, a.category) for a in work.awards] == [
        ("뉴욕아시안영화제", 24, "최우수 장편상")
    ]


def test_a_list_that_scores_each_work_and_its_abbreviated_credits() -> None:
    text = (
        "7 Korean thriller films to watch on Netflix\n\nBy Dana Cole · March 3, 2025\n\n"
        "1. The Gravedigger's Ledger (2023)\n\n2023 · 118 min · Dir. Kang Ho-jin · Crime thriller\n\n"
        "A crime thriller set almost entirely in a hillside cemetery. Son Mi-rae is Inspector Noh Yeon-su, "
        "the only cop who takes the caretaker seriously.\n\nOur verdict: 4/5\n\n"
        "2. Frozen Lake (2020)\n\n2020 · 112 min · Dir. Yeom Seung-hoon · Mystery thriller\n\n"
        "Nam-goong Sol plays a police diver who pulls a car out of a frozen lake. Her partner, Dong-hwan, "
        "is played by Baek Tae-ri, who gets most of the film's few laughs.\n\nOur verdict: 3.5/5\n"
    )
    page = reviewparse.parse(text, format="text")
    ledger, lake = page.works
    assert (ledger.directors, lake.directors) == (["Kang Ho-jin"], ["Yeom Seung-hoon"])
    assert ("Son Mi-rae", "Noh Yeon-su") in [(c.actor, c.character) for c in ledger.cast]
    assert ("Baek Tae-ri", "Dong-hwan") in [(c.actor, c.character) for c in lake.cast]
    assert page.review.rating is None


def test_a_korean_blog_copy_without_its_start_reads_its_info_block() -> None:
    text = (
        "는데, 솔직히 처음엔 제목만 보고 무협인 줄 알았어요. 근데 막상 1화를 틀어보니 진짜로 부채를 '만드는' "
        "장인 이야기더라고요. 그것도 작은 공방에서요.\n\n"
        "저는 왓챠에 올라오자마자 다 봤어요. 오랜만에 본 중드 중에서 제일 편안한 드라마였어요.\n\n"
        "📺 드라마 정보\n\n"
        "제목: 동호의 우산 장인 (東湖傘匠)\n방송: 저장위성TV / 텐센트비디오 (동시 방영)\n"
        "극본: 인수란 (원작: 칭산커 작가의 웹소설)\n"
    )
    work = reviewparse.parse(text, format="text").works[0]
    assert (work.title, work.country, work.writers) == ("동호의 우산 장인", "China", ["인수란"])
    assert (work.networks, work.platforms) == (["Zhejiang TV"], ["Watcha", "Tencent Video"])


def test_an_indonesian_blog_copy_with_its_info_lead_in_and_an_author_reply() -> None:
    text = (
        "ngan, jadi maaf banget ya kalau review kali ini telat. Pokoknya aku nonton drama ini "
        "gara-gara temen.\n\n"
        "Oke, sebelum masuk ke review, ini dulu info dramanya buat yang belum tahu:\n\n"
        "Judul: The Beekeeper of Jindo\nEpisode: 12\n\nSinopsis Singkat (Tanpa Spoiler Kok!)\n\n"
        "Dia ketemu Na Do-gyun, peternak lebah tetangga yang juteknya minta ampun, diperankan sama "
        "Gyeon Tae-yang.\n\nKomentar\n\n    Sasmita Ayudhiya (Penulis)\n    Makasih udah mampir!\n"
    )
    page = reviewparse.parse(text, format="text")
    work = page.works[0]
    assert work.title == "The Beekeeper of Jindo"
    assert [(c.actor, c.character) for c in work.cast] == [("Gyeon Tae-yang", "Na Do-gyun")]
    assert page.review.author == "Sasmita Ayudhiya"


def test_a_roundup_whose_paragraphs_open_with_quoted_titles() -> None:
    items = [
        (
            "Ramyeon After the Last Bus",
            "kicks things off on Monday, June 1, when KBS2's new romantic comedy "
            "premieres in Korea and streams on Viki the same night. The Korean drama runs for 16 episodes.",
        ),
        (
            "The Salt Merchant's Ninth Letter",
            "arrives on Friday, June 5. This 36-episode Chinese historical "
            "romance follows a tea merchant who falls for a customs officer, with 45-minute episodes.",
        ),
        (
            "Shaved Ice on Yongkang Street",
            "lands on Friday, June 12, with all ten episodes dropping at once; "
            "the Taiwanese slice-of-life drama first aired on PTS last October and is worth your time.",
        ),
    ]
    filler = " It is one of the month's safest bets for a long weekend, with subtitles on day one."
    text = "Every new Asian drama on Viki this month\n\nBy Annika Lund\n\n" + "".join(
        f'"{title}" {rest}{filler}\n\n' for title, rest in items
    )
    works = reviewparse.parse(text, format="text").works
    assert [w.title for w in works] == [title for title, _ in items]
    merchant = works[1]
    assert (merchant.episodes, merchant.genres) == (36, ["historical", "romance"])
    assert merchant.runtime is not None and merchant.runtime.min_minutes == 45


def test_a_newsletter_whose_sections_open_by_defining_their_works() -> None:
    text = (
        "The Slow Reveal\n\nSubscribe\n\nFish guts and funerals\n\nPerpetua Hall\nNov 14, 2025\n\n"
        "♥ 57   💬 9   ⟳ 4   Share\n\nHi friends, I finished exactly two shows this month.\n\n"
        "─────────────\n\n"
        "THE AUCTIONEER WHO COUNTS BACKWARDS\n\n"
        "The Herring Auctioneer is a 12-episode Korean crime thriller from ENA, and it is the best thing the "
        "channel has made in years. It was written by Jeon Seul-ong.\n\nVerdict: 8/10.\n\n─────────────\n\n"
        "A FUNERAL HOME WITH A POINT SYSTEM\n\n"
        "The Sugamo Undertakers is a ten-episode Japanese comedy that aired on TV Tokyo in 2025, with "
        "screenplay by Sakuragi Hokuto and direction by Ichinose Ren.\n\nVerdict: 7/10.\n"
    )
    page = reviewparse.parse(text, format="text")
    assert [w.title for w in page.works] == ["The Herring Auctioneer", "The Sugamo Undertakers"]
    assert (page.works[0].writers, page.works[1].directors) == (["Jeon Seul-ong"], ["Ichinose Ren"])
    assert (page.review.comments, page.review.rating) == (9, None)


def test_a_fan_wiki_page_with_an_episode_table() -> None:
    rows = "".join(
        f'<tr><td>{n}</td><td>"{title}"</td><td>April {17 + n}, 2025</td></tr>'
        for n, title in enumerate(["The Last Boat", "Squid Lamps", "Labour at Sea"], start=1)
    )
    html = (
        "<html><body><h1>The Jeju Island Midwife</h1>"
        "<table class='infobox'><tr><th>Written by</th><td>Gam Ye-seul</td></tr>"
        "<tr><th>Original network</th><td>JTBC</td></tr>"
        "<tr><th>Original release</th><td>April 18 – May 24, 2025</td></tr></table>"
        "<p>The Jeju Island Midwife is a 2025 South Korean television series about a midwife.</p>"
        "<h2>Cast</h2><ul><li>Seong Da-rim as Nurse Bae Ok-hui</li>"
        "<li>Baek Ri-an as Da-hae's landlady, who runs the squid-drying yard</li></ul>"
        "<h2>Episodes</h2><table><tr><th>No.</th><th>Title</th><th>Original air date</th></tr>"
        + rows
        + "</table></body></html>"
    )
    works = reviewparse.parse(html, format="html").works
    assert [w.title for w in works] == ["The Jeju Island Midwife"]
    assert [(c.actor, c.character) for c in works[0].cast] == [
        ("Seong Da-rim", "Bae Ok-hui"),
        ("Baek Ri-an", None),
    ]


def test_a_film_review_missing_its_headline_takes_the_title_of_its_facts_line() -> None:
    text = (
        "ather and granddaughter on the river, but the patient second feature never quite trusts it.\n\n"
        "By Dash Lockhart\nSeptember 8, 2025 11:02 AM ET\n\n★★★½\n\n"
        "The Last Heron Boat (最后的鹭船) | China, 2025 | Mandarin with English subtitles | 1h 52m | "
        "Director: Qiu Zhenhai | Screenplay: Qiu Zhenhai, Mo Lingxi\n\n"
        "There is a shot about twenty minutes into The Last Heron Boat that the rest of the film spends its "
        "time trying to live up to.\n"
    )
    work = reviewparse.parse(text, format="text").works[0]
    assert (work.title, work.country, work.directors) == ("The Last Heron Boat", "China", ["Qiu Zhenhai"])
    assert work.runtime is not None and work.runtime.min_minutes == 112


def test_a_korean_box_office_story_of_two_films_under_stacked_subheadings() -> None:
    text = (
        "'깊은 잠수부' 187만·'할매의 자전거' 64만…연말 극장가 쌍끌이\n\n"
        "- '깊은 잠수부' 2주 연속 주말 1위…손익분기점까지 순항\n"
        "- '할매의 자전거', 개봉 첫 주말 2위…입소문 타고 좌석판매율 1위\n\n"
        "고은별 기자 | 입력 2025.12.22 07:12\n\n"
        "22일 통합전산망에 따르면 '깊은 잠수부'(감독 위상철)는 지난 주말 41만 명의 관객을 모았다.\n\n"
        "2025년 12월 10일 개봉한 '깊은 잠수부'는 민간 잠수부들의 72시간을 그린 작품이다. 위상철 감독이 "
        "직접 각본을 썼고, 물밑필름이 제작했다. 여기에 배우 봉순태가 특별출연해 강렬한 인상을 남겼다.\n\n"
        "같은 기간 2위에 오른 '할매의 자전거'(감독 연소리)는 28만 명을 동원했다. 같은 달 17일 개봉한 "
        "이 영화는 누적 관객 수 64만 명을 기록 중이다.\n\n"
        "연소리 감독과 마하늘 작가가 함께 각본을 썼으며, 두부필름이 제작했다.\n\n"
        "'할매의 자전거'는 극장 상영 이후 티빙 공개가 확정됐다. '깊은 잠수부'의 OTT 공개 일정은 미정이다.\n"
    )
    diver, bicycle = reviewparse.parse(text, format="text").works
    assert (diver.title, diver.writers, diver.production_companies) == (
        "깊은 잠수부",
        ["위상철"],
        ["물밑필름"],
    )
    assert [c.actor for c in diver.cast] == ["봉순태"]
    assert (bicycle.writers, bicycle.production_companies, bicycle.platforms) == (
        ["연소리", "마하늘"],
        ["두부필름"],
        ["TVING"],
    )
    assert bicycle.aired is not None and bicycle.aired.start == "2025-12-17"


def test_indonesian_film_news_with_its_first_release_and_cast_sentences() -> None:
    text = (
        "Film Korea Rooftop Wrestling Club Tayang di Bioskop Indonesia Mulai 14 Januari 2026\n\n"
        "Penulis: Ratri Wulan | Editor: Bagus Tri\nSenin, 05 Jan 2026 16:20 WIB\n\n"
        "Film komedi asal Korea Selatan, Rooftop Wrestling Club, akan tayang di bioskop Indonesia mulai "
        "Rabu (14/1/2026).\n\n"
        "Rooftop Wrestling Club lebih dulu dirilis di Korea Selatan pada 3 Desember 2025.\n\n"
        "Disutradarai oleh Gil Bo-hyeon, film berdurasi 108 menit ini mengisahkan mantan juara gulat.\n\n"
        "Naskah film ini ditulis oleh Gil Bo-hyeon bersama Yoon Dam-i. Peran Gu Pal-bong dimainkan oleh "
        "aktor Bae Jae-oh. Aktris Ko Eun-ha berperan sebagai Seol So-bok.\n\n"
        "Bae Jae-oh sebelumnya meraih penghargaan Aktor Pendatang Baru Terbaik di Baeksang Arts "
        "Awards ke-59.\n"
    )
    work = reviewparse.parse(text, format="text").works[0]
    assert work.aired is not None and (work.aired.start, work.year) == ("2025-12-03", 2025)
    assert work.runtime is not None and work.runtime.min_minutes == 108
    assert (work.writers, work.awards) == (["Gil Bo-hyeon", "Yoon Dam-i"], [])
    assert [(c.actor, c.character) for c in work.cast] == [
        ("Bae Jae-oh", "Gu Pal-bong"),
        ("Ko Eun-ha", "Seol So-bok"),
    ]


def test_indonesian_list_item_facts_production_house_and_a_later_arrival_on_a_service() -> None:
    work = work_of(
        "Drama keluarga ini tayang di Channel 3 pada 2022, tapi baru masuk Netflix Indonesia pada "
        "Januari 2025. "
        "Drama produksi Banglamphu Studio ini sempat memenangkan kategori drama terbaik."
    )
    assert (work.aired, work.production_companies) == (None, ["Banglamphu Studio"])
    assert work_of("Film ini masuk nominasi Sutradara Terbaik untuk Bimo Satyagraha.").directors == []


def test_a_weekly_releases_list_across_services_with_dated_title_headings() -> None:
    html = (
        "<html><body><h1>New this week: 3 Asian dramas on Netflix, Disney+ and TVING (Feb 9–15)</h1>"
        "<p>Below is every new Asian series arriving on the three services this week; TVING is Korea-only, "
        "and dates are for the US and UK unless we say otherwise.</p>"
        "<h3>Silk Knots of Samcheong-dong (TVING) – February 9</h3><p>JTBC's new Monday-Tuesday family "
        "melodrama premieres on February 9 and lands on TVING the moment each broadcast ends.</p>"
        "<h3>Winter Lease at Apartment 1204 (Netflix) – February 10</h3><p>Our pick of the week drops all "
        "eight episodes at once: a divorced couple split their Seoul flat down the middle with tape.</p>"
        "<h3>The Tenth-Floor Miracle (Disney+) – February 11</h3><p>Disney+'s big Korean original for the "
        "quarter is a medical thriller set on a hospital floor where patients recover too fast.</p>"
        "</body></html>"
    )
    works = reviewparse.parse(html, format="html").works
    assert [(w.title, w.platforms) for w in works] == [
        ("Silk Knots of Samcheong-dong", ["TVING"]),
        ("Winter Lease at Apartment 1204", ["Netflix"]),
        ("The Tenth-Floor Miracle", ["Disney+"]),
    ]


def test_a_year_end_list_with_rank_badges_over_facts_lines_in_many_formats() -> None:
    items = [
        ("The Abalone Union", "Netflix · 10 episodes · South Korea"),
        ("A Quiet Week in Toyama", "Dir. Ushijima Aki | 1h 52m | Japan"),
        ("Late-Night Radio Bangrak", "(GMM25 · 12 episodes · Thailand) — streaming on iQIYI"),
        ("The Salt Ledger of Yangzhou", "36 eps / Youku / China / dir. Wang Qiuyue"),
    ]
    body = "".join(
        f'<h2><span class="rank">{rank}</span> {title}</h2><p>{facts}</p><p>One of the year\'s best, and '
        "we said so at length in our original review; it is worth every minute you give it.</p>"
        for rank, (title, facts) in enumerate(items, start=1)
    )
    html = f"<html><body><h1>The 4 best Asian films and series of 2025</h1>{body}</body></html>"
    works = reviewparse.parse(html, format="html").works
    assert [w.title for w in works] == [title for title, _ in items]
    assert [(w.directors, w.country) for w in works[1::2]] == [
        (["Ushijima Aki"], "Japan"),
        (["Wang Qiuyue"], "China"),
    ]


def test_a_weekly_ratings_story_whose_headline_quotes_three_dramas() -> None:
    text = (
        "[주간 시청률] '모래 시장 여장부' 21.3% 자체 최고…'자정의 구두장이' 두 자릿수 눈앞, "
        "'갯벌 학교의 여름' 순조로운 출발\n\n현가온 기자 | 승인 2025.06.16 07:40\n\n"
        "16일 닐슨코리아에 따르면 KBS2 주말드라마 '모래 시장 여장부'(극본 주보애, 연출 탁성규)는 지난 15일 "
        "방송된 30회에서 전국 기준 21.3%를 기록하며 자체 최고 시청률을 경신했다.\n\n"
        "'모래 시장 여장부'는 40년째 시장에서 떡집을 운영해 온 억척 엄마와 "
        "세 남매의 이야기를 그린 가족극이다. "
        "총 50부작이다.\n\n"
        "tvN 토일드라마 '자정의 구두장이'(극본 안소울, 연출 구름찬)는 14일 방송된 7회가 8.7%를 기록했다. "
        "방송 4주 만에 시청률을 두 배 넘게 끌어올렸다.\n\n"
        "'자정의 구두장이'는 자정부터 새벽 세 시까지만 문을 여는 구두 수선집 "
        "이야기를 그린 판타지 미스터리다. "
        "16부작으로 넷플릭스에서 공개되고 있다.\n\n"
        "지난 9일 베일을 벗은 ENA 새 월화드라마 '갯벌 학교의 여름'은 1회 2.8%, 2회 3.4%로 ENA 월화드라마 "
        "역대 첫 방송 최고 기록을 세웠다.\n\n"
        "'갯벌 학교의 여름'은 폐교 위기의 서해안 분교를 개조한 갯벌 연구소를 배경으로 한 12부작 드라마다. "
        "방송 직후 쿠팡플레이에서 공개된다.\n"
    )
    works = reviewparse.parse(text, format="text").works
    assert [(w.title, w.networks, w.episodes) for w in works] == [
        ("모래 시장 여장부", ["KBS2"], 50),
        ("자정의 구두장이", ["tvN"], 16),
        ("갯벌 학교의 여름", ["ENA"], 12),
    ]


def test_a_season_review_keeps_its_season_in_the_title() -> None:
    page = reviewparse.parse(
        "The Antique Dealer of Bukchon Season 2 Review: Same Shop, Darker Stock\n\nBy Mira Kell\n\n"
        "The second season of the tvN drama returns with eight episodes and a new rival dealer.\n",
        format="text",
    )
    assert [w.title for w in page.works] == ["The Antique Dealer of Bukchon Season 2"]


def test_more_streaming_services_by_name() -> None:
    work = work_of(
        "La película llega a Filmin el viernes; la telenovela completa está en ViX y en Atresplayer."
    )
    assert work.platforms == ["Filmin", "ViX", "Atresplayer"]


def test_a_story_copied_without_its_start_has_no_headline_in_its_running_text() -> None:
    text = (
        'nale of SBS\'s mystery drama "The Fog Horn of Heuksando" drew 13.8 percent on Saturday, the highest '
        "of its 12-episode run.\n\n"
        'Veteran actor Baek Do-jin called the series "the kindest set I have worked on in 40 years."\n\n'
        'Written by Yang Ha-eun and directed by Cheon Do-hyun, "The Fog Horn of Heuksando" was produced '
        "by Ttangkkeut Studio.\n\n"
        "By Yoo Da-in (dain.yoo@beacon.example)\nPublished : Nov. 23, 2025 - 15:42\n"
    )
    work = reviewparse.parse(text, format="text").works[0]
    assert work.title == "The Fog Horn of Heuksando"
    assert (work.writers, work.directors, work.episodes) == (["Yang Ha-eun"], ["Cheon Do-hyun"], 12)


def test_korean_casting_news_roles_after_a_description_and_a_part_in_talks() -> None:
    work = work_of(
        "민박집의 안주인 '길순덕' 역에는 데뷔 50년 차 원로 배우 반옥희가 캐스팅됐다. "
        "한결과 사사건건 부딪히는 마을 수의사 역으로는 배우 탁여름이 물망에 올라 출연을 논의 중이다."
    )
    assert [(c.actor, c.character) for c in work.cast] == [("반옥희", "길순덕")]


def test_a_circled_number_list_whose_item_opens_with_bulleted_facts() -> None:
    text = (
        "요즘 퇴근하면 드라마만 보고 싶더라고요. "
        "그래서 최근 1년 동안 본 추천 드라마를 정리해 봤어요.\n\n"
        "① 달팽이 식당의 봄\n\n- 장르: 힐링, 로맨스\n- 회차: 12부작\n\n"
        "강원도 산골에서 손님이 하루에 한 팀만 오는 식당을 하는 "
        "두 사람의 이야기인데요, 12회 내내 지루할 틈이 없어요.\n\n"
        "② 봉고차 사남매\n\n"
        "▶ JTBC / 2024.10.05 ~ 2024.11.24 / 16부작 / 가족 코미디\n"
        "▶ 연출 왕소리 · 극본 표은결\n\n"
        "아버지가 남긴 건 낡은 봉고차 한 대뿐인 사남매가 그 차로 "
        "전국 장터를 돌면서 호떡 장사를 하는 이야기예요.\n"
    )
    works = reviewparse.parse(text, format="text").works
    assert [(w.title, w.episodes) for w in works] == [("달팽이 식당의 봄", 12), ("봉고차 사남매", 16)]


def test_services_denied_after_their_names() -> None:
    work = work_of(
        "국내에서는 쿠팡플레이에서 전 회차 볼 수 있어요. 티빙이랑 웨이브에는 없어요. "
        "Me han preguntado mucho si está en Netflix: no, no está."
    )
    assert work.platforms == ["Coupang Play"]


def test_a_byline_inside_a_dateline_names_the_author_and_dates_the_post() -> None:
    text = (
        "DRAKOR DI BERANDA\nReview drama Korea sambil ngopi di beranda rumah\n\n"
        "Beranda | Review Drakor | Drakor Terbaru | Sinopsis | Tentang Saya\n\n"
        "Beranda » Review Drakor » Review Drakor The Last Diver of Gapa\n\n"
        "Review Drakor The Last Diver of Gapa (2025): Laut Jeju dan Janji yang Ditepati\n\n"
        "Minggu, 13 April 2025 | oleh Kinanthi Rahmawati | 15 Komentar\n\n"
        "Halo, teman-teman pecinta drakor! Akhirnya aku sempat juga nulis review drama yang bikin aku "
        "nangis hampir tiap weekend selama sebulan lebih ini.\n"
    )
    page = reviewparse.parse(text, format="text")
    assert [w.title for w in page.works] == ["The Last Diver of Gapa"]
    assert (page.review.author, page.review.published, page.review.comments) == (
        "Kinanthi Rahmawati",
        "2025-04-13",
        15,
    )


def test_rumoured_and_crossed_out_services_are_not_platforms() -> None:
    work = work_of(
        "Sudah bisa ditonton di Viu. Kabarnya film ini bakal tayang di Netflix awal tahun depan, "
        "tapi belum ada pengumuman resmi.\n✅ Kocowa — US & Canada\n❌ Disney+ — not available in any region"
    )
    assert work.platforms == ["Viu", "Kocowa"]


def titles_of(text: str, format: str = "text") -> list[str]:
    return [work.title for work in reviewparse.parse(text, format=format).works]


def test_a_newsletter_issue_with_a_sentence_case_headline() -> None:
    page = (
        "<html><head><title>Issue #14: The Night Ferry to Ulleung sails (mostly) smoothly</title></head>"
        "<body><h1>Issue #14: The Night Ferry to Ulleung sails (mostly) smoothly</h1>"
        "<p><strong>The Night Ferry to Ulleung</strong> is a 10-episode ENA drama about a ferry cook.</p>"
        "</body></html>"
    )
    assert titles_of(page, "html") == ["The Night Ferry to Ulleung"]


def test_a_star_rated_review_of_headline() -> None:
    page = (
        "<html><head><title>A ★★★½ review of Salt Road Diner (2024)</title></head><body>"
        "<h1>A ★★★½ review of Salt Road Diner (2024)</h1><p>A quiet film about a roadside diner.</p>"
        "</body></html>"
    )
    page_record = reviewparse.parse(page, format="html")
    assert [(w.title, w.year) for w in page_record.works] == [("Salt Road Diner", 2024)]


def test_a_labelled_headline_title_ends_at_its_comma() -> None:
    page = (
        "<html><head><title>Sinopsis Film Rumah Gula Aren, Tayang di Vidio Mulai 3 Mei 2025 - Daftar Pemain"
        "</title></head><body><h1>Sinopsis Film Rumah Gula Aren, Tayang di Vidio Mulai 3 Mei 2025 - Daftar "
        "Pemain</h1><p>Film Rumah Gula Aren akhirnya tayang di Vidio. Film Rumah Gula Aren disutradarai "
        "oleh Banyu Prasetyo.</p></body></html>"
    )
    assert titles_of(page, "html") == ["Rumah Gula Aren"]


def test_a_quoted_name_called_a_film_wins_a_tie_with_a_series_name() -> None:
    text = (
        "기차가 떠난 뒤에 남는 것\n\n대만 영화 〈새벽 우편열차〉를 보고\n\n"
        "브런치북 〈극장에서 쓴 편지〉 03화\n\n"
        "지난 주말 〈새벽 우편열차〉를 봤다. 〈새벽 우편열차〉는 오래 기다린 영화였다.\n\n"
        "다음 화에서는 〈극장에서 쓴 편지〉의 마지막 편을 쓴다.\n\n〈극장에서 쓴 편지〉 연재 중."
    )
    assert titles_of(text) == ["새벽 우편열차"]


def test_a_related_link_and_a_lead_in_are_not_headlines() -> None:
    text = (
        "ng malam tadi, episode terakhir drama itu meraih rating 9,1 persen menurut Nielsen Korea.\n\n"
        "Baca juga: 5 Drakor Tayang Desember, Ada Comeback Aktor Favorit\n\n"
        "The Pharmacist of Sokcho tayang perdana pada 4 Oktober 2025 di tvN dengan rating 3,2 persen.\n\n"
        "The Pharmacist of Sokcho disutradarai oleh Ahn Ji-ho.\n\n"
        "Baca juga: Drakor Terbaik Tahun Ini\n"
    )
    assert titles_of(text) == ["The Pharmacist of Sokcho"]


def test_a_copy_without_its_start_takes_its_title_from_the_comments_heading() -> None:
    text = (
        "rding to Nielsen Korea, the finale of tvN's “The Lantern Maker” scored 8.2 percent nationwide, "
        "its best figure since the premiere in September, and the drama ended on a high.\n\n"
        "The 12-episode drama was written by Ko Eun-ha.\n\n"
        "Ratings source: Nielsen Korea (nationwide, paid households)\n\n"
        "This entry was posted in Ratings.\n\n"
        "4 thoughts on “Ratings: ‘The Lantern Maker’ ends on a high”\n\n"
        "mira_k\n\nI loved it.\n"
    )
    assert titles_of(text) == ["The Lantern Maker"]


def test_a_quoted_title_discussed_in_the_paragraph_after_the_one_it_leads() -> None:
    text = (
        "Weekend ratings: ‘Kim’s Noodle House’ climbs, ‘The Tailor of Gunsan’ bows out\n\n"
        "By Ada Reyes | November 16, 2026\n\n"
        "KBS2's “Kim’s Noodle House” rose to 21.4 percent on Saturday, its best result so far, as the "
        "family drama heads into its final month of episodes.\n\n"
        "“Kim’s Noodle House” was written by Bae Ok-ja and streams on Viki outside Korea, where it has "
        "been in the top five for weeks.\n\n"
        "“The Tailor of Gunsan” said goodbye with 9.8 percent for its final episode on Sunday night, the "
        "highest figure of its run on tvN.\n\n"
        "The 12-episode drama, directed by Moon Sang-hoon, also topped the buzz chart for four weeks in a "
        "row before its finale.\n"
    )
    assert titles_of(text) == ["Kim’s Noodle House", "The Tailor of Gunsan"]


def test_a_list_headings_bracketed_tag_is_not_part_of_the_title() -> None:
    page = (
        "<html><head><title>OTT 추천작 3편</title></head><body><h1>주말 정주행 OTT 추천작 3편</h1>"
        "<h3>1. [한드] 바다 건너 우체국</h3>"
        "<p>tvN에서 방송한 12부작 드라마. 섬마을 우체국장 이야기로 정말 따뜻했다. "
        "티빙에서 볼 수 있다.</p>"
        "<h3>2. [중드] 장안의 찻집 (长安茶馆)</h3>"
        "<p>40부작 중국 드라마. 찻집 주인의 복수극인데 생각보다 훨씬 재미있었다. "
        "넷플릭스에 있다.</p>"
        "<h3>3. [한국영화] 마지막 손님</h3>"
        "<p>2024년 개봉한 영화로, 한 식당의 마지막 영업일을 그린다. 웨이브에서 볼 수 있다.</p>"
        "</body></html>"
    )
    assert titles_of(page, "html") == ["바다 건너 우체국", "장안의 찻집", "마지막 손님"]


def test_streaming_cards_a_title_heading_over_fact_items() -> None:
    card = (
        "<article><p>Premieres Saturday, March 21</p><h2>{title}</h2><ul><li>2026</li><li>{channel}</li>"
        "<li>Family</li><li>{episodes} Episodes</li><li>TV-PG</li></ul><p>A new drama arrives on the service "
        "every weekend, within hours of the Korean broadcast.</p></article>"
    )
    page = (
        "<html><head><title>New This Week</title></head><body><h1>New This Week on KOCOWA+</h1>"
        + card.format(title="The Kimbap Sisters", channel="KBS2", episodes=50)
        + card.format(title="Lanterns of Jinju", channel="SBS", episodes=12)
        + "</body></html>"
    )
    works = reviewparse.parse(page, format="html").works
    assert [(w.title, w.networks, w.episodes) for w in works] == [
        ("The Kimbap Sisters", ["KBS2"], 50),
        ("Lanterns of Jinju", ["SBS"], 12),
    ]


def test_paragraphs_each_opening_on_a_work_and_its_channel() -> None:
    def item(title: str, channel: str) -> str:
        return (
            f"{title} ({channel}) — The 12-episode drama aired on weekends last autumn and was one of the "
            "most talked-about shows of the season, with strong reviews for its two leads.\n\n"
        )

    text = (
        "Awards season: the Best Drama shortlist at a glance\n\nBy Mae Holt | April 7, 2026\n\n"
        + item("The Kite Maker of Andong", "tvN")
        + item("Harbor Lights Clinic", "JTBC")
        + item("Nine Letters Home", "SBS")
    )
    assert titles_of(text) == ["The Kite Maker of Andong", "Harbor Lights Clinic", "Nine Letters Home"]


def test_a_bulleted_list_of_works_over_bulleted_facts() -> None:
    def item(channel: str, title: str, director: str) -> str:
        return (
            f"◆ {channel} '{title}'\n\n▶ {channel} 월화드라마 | 2026.04.06 첫 방송 | 10부작\n"
            f"▶ 연출 {director}\n"
            "▶ 출연 여미소, 강바다\n\n"
            "시장 뒷골목 식당을 지켜 온 가족에게 막내아들이 돌아오면서 벌어지는 이야기다. "
            "배우 여미소가 식당 주인 역을 맡았다.\n\n"
        )

    text = (
        "4월 신작 드라마 총정리\n\n입력 2026.03.30\n\n"
        + item("ENA", "골목 식당의 봄", "맹하람")
        + item("JTBC", "비 오는 날의 변호사", "원도윤")
    )
    assert titles_of(text) == ["골목 식당의 봄", "비 오는 날의 변호사"]


def test_a_summary_table_after_the_lists_sections_adds_to_their_works() -> None:
    def section(number: int, title: str, year: int, network: str) -> str:
        return (
            f"<h2>{number}. {title} ({year})</h2><p>Una serie japonesa de {network} que se ve en un fin de "
            "semana, con capítulos cortos y un reparto que funciona de maravilla.</p>"
        )

    page = (
        "<html><head><title>Los 3 mejores doramas cortos</title></head><body>"
        "<h1>Los 3 mejores doramas cortos</h1>"
        + section(1, "El bentō del jueves", 2024, "NHK")
        + section(2, "La panadería de Kichijoji", 2023, "TBS")
        + "<h2>Extra: Las linternas de Aomori (2022)</h2><p>La única película de la lista, de 2 h 3 min, "
        "para quien no quiera comprometerse con una serie entera este fin de semana.</p>"
        "<h2>Tabla resumen</h2><table><thead><tr><th>Título</th><th>Episodios</th><th>Dónde verla</th></tr>"
        "</thead><tbody><tr><td>El bentō del jueves</td><td>8</td><td>Netflix</td></tr>"
        "<tr><td>La panadería de Kichijoji</td><td>12</td><td>Prime Video</td></tr>"
        "<tr><td>Las linternas de Aomori</td><td>Película</td><td>MUBI</td></tr></tbody></table>"
        "</body></html>"
    )
    works = reviewparse.parse(page, format="html").works
    assert [(w.title, w.networks, w.episodes, w.platforms) for w in works] == [
        ("El bentō del jueves", ["NHK"], 8, ["Netflix"]),
        ("La panadería de Kichijoji", ["TBS"], 12, ["Prime Video"]),
        ("Las linternas de Aomori", [], None, ["MUBI"]),
    ]
    assert works[2].runtime is not None and works[2].runtime.min_minutes == 123


def test_news_discussing_two_films_then_a_box_of_facts_for_each() -> None:
    page = (
        "<html><head><title>x</title></head><body>"
        "<h1>'겨울 연탄집'·'버스 종점 다방', 베를린영화제 나란히 초청</h1>"
        "<p>한국 영화 두 편이 다음 달 열리는 베를린국제영화제에 나란히 초청됐다. "
        "배급사는 20일 이같이 밝혔다.</p>"
        "<p>'겨울 연탄집'은 강원도 폐광촌에서 연탄가게를 꾸려 가는 소녀의 겨울을 그린 작품이다. "
        "신예 배우들이 출연하며 감독의 장편 데뷔작이다.</p>"
        "<p>'버스 종점 다방'은 서울 변두리 버스 종점 앞에서 40년째 다방을 지켜 온 "
        "마담과 단골손님들의 하루를 그린 코미디다. 지난해 국내 개봉했다.</p>"
        "<p><strong>■ 겨울 연탄집</strong><br>감독: 남궁슬기<br>러닝타임: 97분</p>"
        "<p><strong>■ 버스 종점 다방</strong><br>감독: 여태현<br>러닝타임: 1시간 52분</p>"
        "</body></html>"
    )
    works = reviewparse.parse(page, format="html").works
    facts = [(w.title, w.directors, w.runtime.min_minutes if w.runtime else None) for w in works]
    assert facts == [("겨울 연탄집", ["남궁슬기"], 97), ("버스 종점 다방", ["여태현"], 112)]


def test_a_nominees_list_of_prize_headings_over_bulleted_nominees() -> None:
    def item(title: str, channel: str) -> str:
        return (
            f"{title} ({channel}) — The 12-episode drama aired on weekends last autumn and was one of the "
            "most talked-about shows of the season, with strong reviews for its two leads.\n\n"
        )

    text = (
        "Baeksang Arts Awards 2026 nominations: 'The Kite Maker of Andong' leads the TV field\n\n"
        "By Mae Holt | April 7, 2026\n\n"
        "The nominees for the 62nd Baeksang Arts Awards were announced on Tuesday.\n\n"
        + item("The Kite Maker of Andong", "tvN")
        + item("Harbor Lights Clinic", "JTBC")
        + item("Nine Letters Home", "SBS")
        + "Best Drama\n- The Kite Maker of Andong (tvN)\n- Harbor Lights Clinic (JTBC)\n\n"
        "Best Director (TV)\n- Im Ga-ram – The Kite Maker of Andong\n- Seo Min-jae – Nine Letters Home\n"
    )
    works = reviewparse.parse(text, format="text").works
    prizes = {
        w.title: [(a.ceremony, a.edition, a.year, a.category, a.outcome, a.recipient) for a in w.awards]
        for w in works
    }
    assert prizes == {
        "The Kite Maker of Andong": [
            ("Baeksang Arts Awards", 62, 2026, "Best Drama", "nominated", None),
            ("Baeksang Arts Awards", 62, 2026, "Best Director (TV)", "nominated", "Im Ga-ram"),
        ],
        "Harbor Lights Clinic": [("Baeksang Arts Awards", 62, 2026, "Best Drama", "nominated", None)],
        "Nine Letters Home": [
            ("Baeksang Arts Awards", 62, 2026, "Best Director (TV)", "nominated", "Seo Min-jae")
        ],
    }


def test_korean_prose_on_a_taiwanese_film_with_names_glossed_in_hanzi() -> None:
    text = (
        "대만 영화 〈비 오는 간이역〉을 보고\n\n"
        "영화는 천메이링(陳美玲) 감독의 두 번째 장편이다. "
        "기관사 린다오 역의 황쯔웨이(黃子偉)는 연극 배우 출신이다. "
        "딸 린샤오란은 신인 랴오신루(廖心如)가 연기했는데, "
        "얼굴이 오래 남는다. "
        "각본은 천메이링 감독이 소설가 "
        "궈자밍(郭家明)과 함께 썼다. "
        "제작은 지룽의 작은 영화사 우두필름(霧都電影)이 맡았다. "
        "지난달 열린 제62회 금마장 시상식에서 최우수 각본상을 받았다.\n"
    )
    work = reviewparse.parse(text, format="text").works[0]
    assert work.title == "비 오는 간이역"
    assert (work.directors, work.writers) == (["천메이링"], ["천메이링", "궈자밍"])
    assert [(c.actor, c.character) for c in work.cast] == [("황쯔웨이", "린다오"), ("랴오신루", "린샤오란")]
    assert (work.production_companies, work.country) == (["우두필름"], "Taiwan")
    assert [(a.ceremony, a.edition, a.category, a.outcome) for a in work.awards] == [
        ("금마장", 62, "최우수 각본상", "won")
    ]


def test_a_transliterated_five_syllable_actor_and_their_role() -> None:
    work = work_of("배우 린이천(林一宸)이 선자오 역을, 바이쓰위안(白思遠)이 원칭환 역을 맡았다.")
    assert [(c.actor, c.character) for c in work.cast] == [("린이천", "선자오"), ("바이쓰위안", "원칭환")]


def test_spanish_news_on_a_film_credits_prize_role_and_length_in_prose() -> None:
    work = work_of(
        "La comedia japonesa que el pasado septiembre se llevó el Premio Especial del Jurado en la 12.ª "
        "edición del Festival de Cine Asiático de Murcia llega este viernes a los cines. "
        "Dirigida por Hanada Kenji, que firma también el guion, la película se estrenó en Japón en junio. "
        "La producción es del estudio Kawabe Films. "
        "Chiyo, una viuda de ochenta años interpretada por una inmensa Nogami Fumie, abre el baño. "
        "La película, de 104 minutos, se proyectará en versión original."
    )
    assert (work.directors, work.writers, work.production_companies) == (
        ["Hanada Kenji"],
        ["Hanada Kenji"],
        ["Kawabe Films"],
    )
    assert [(c.actor, c.character) for c in work.cast] == [("Nogami Fumie", "Chiyo")]
    assert work.runtime is not None and work.runtime.min_minutes == 104
    assert [(a.ceremony, a.edition, a.category, a.outcome) for a in work.awards] == [
        ("Festival de Cine Asiático de Murcia", 12, "Premio Especial del Jurado", "won")
    ]


def test_a_brunch_byline_with_its_dotted_date() -> None:
    for name in ("윤새벽", "Maria Lopez"):
        page = reviewparse.parse(
            f"올해의 드라마 여섯 편\n\nby {name} Dec 28. 2025\n\n본문입니다.", format="text"
        )
        assert (page.review.author, page.review.published) == (name, "2025-12-28")


def test_an_actor_named_by_surname_alone_is_the_one_person_of_that_name_on_the_page() -> None:
    work = work_of("Seo Min-gyu leads this quiet drama. Seo plays Baek Ha-ram, a ferry captain.")
    assert [(c.actor, c.character) for c in work.cast] == [("Seo Min-gyu", "Baek Ha-ram")]
    two = work_of("Seo Min-gyu and Seo Da-eun lead it. Seo plays Baek Ha-ram, a ferry captain.")
    assert ("Seo", "Baek Ha-ram") in [(c.actor, c.character) for c in two.cast]


def test_a_genre_noun_opening_a_sentence_on_when_the_work_aired() -> None:
    assert work_of("The 16-episode slow-burn romance aired from June 14 to August 3, 2025.").genres == [
        "romance"
    ]
    assert work_of("A crime thriller released in full on September 26, 2025.").genres == ["crime", "thriller"]
    assert work_of("SBS's family comedy aired on weekends from January 3.").genres == ["family", "comedy"]


def test_a_lists_closing_summary_is_not_its_last_items_text() -> None:
    def item(number: int, title: str, service: str) -> str:
        return (
            f"<h2>{number}. {title} (2024)</h2><p>A warm drama with a great lead performance and a "
            f"story that stays with you. Stream it on {service}.</p>"
        )

    page = (
        "<html><head><title>Where to watch</title></head><body>"
        "<h1>Where to watch all of Han Yu-jin's dramas</h1>"
        + item(1, "Borrowed Lanterns", "Netflix")
        + item(2, "Snow Road Diner", "Netflix")
        + item(3, "Tokyo Umbrellas", "MUBI")
        + "<p>Quick answer: a Netflix subscription gets you Borrowed Lanterns and Snow Road Diner; "
        "everything else is spread across Viki, Kocowa and Disney+.</p></body></html>"
    )
    works = reviewparse.parse(page, format="html").works
    assert [(w.title, w.platforms) for w in works] == [
        ("Borrowed Lanterns", ["Netflix"]),
        ("Snow Road Diner", ["Netflix"]),
        ("Tokyo Umbrellas", ["MUBI"]),
    ]


def test_cast_after_a_note_of_the_actors_last_work_and_leading_a_series() -> None:
    work = work_of(
        "Kang Do-yun (Nine Rainy Fridays) stars as Heo Seon, a customs officer. "
        "Min Sae-rom leads the series as Choo Ha-na, a pathologist. "
        "Bekova's short Salt Pony (2020) played at the festival."
    )
    assert [(c.actor, c.character) for c in work.cast] == [
        ("Kang Do-yun", "Heo Seon"),
        ("Min Sae-rom", "Choo Ha-na"),
    ]


def test_korean_labels_with_glossed_names_and_an_actor_who_plays_a_role() -> None:
    text = (
        "중드 리뷰\n\n감독 : 탕즈훙 (唐志宏)\n극본 : 천루이 (陈瑞)\n제작 : 산성필름 (山城电影)\n\n"
        "린이루(林逸如)가 연기하는 열차 승무원 저우밍은 이 드라마의 심장이에요. "
        "쉬즈안 배우 전작이 사극이었는데 거기서는 귀공자 역이었어요.\n"
    )
    work = reviewparse.parse(text, format="text").works[0]
    assert (work.directors, work.writers, work.production_companies) == (["탕즈훙"], ["천루이"], ["산성필름"])
    assert [(c.actor, c.character) for c in work.cast] == [("린이루", "저우밍")]


def test_an_english_prize_name_ends_before_an_indonesian_preposition() -> None:
    work = work_of("Drama ini masuk nominasi Best Drama Series di Asian Academy Creative Awards 2025.")
    assert [(a.category, a.outcome) for a in work.awards] == [("Best Drama Series", "nominated")]


def test_a_premiere_storys_numbered_viewing_points_are_not_works() -> None:
    text = (
        "[오늘 첫방] '구둣방 골목' 하서준X변재이, 을지로 구두 수선공의 힐링 로맨스\n\n"
        "입력 2026.01.05\n\n"
        "KBS2 새 월화드라마 '구둣방 골목'이 오늘(5일) 밤 9시 50분 첫 방송된다. "
        "을지로 골목의 구두 수선공과 구두닦이의 이야기를 그린다.\n\n"
        "1. 하서준, '겨울 붕어빵' 이후 1년 만의 KBS 복귀\n\n"
        "하서준은 이번 작품으로 1년 만에 KBS에 돌아온다. "
        "그는 구두 수선공 역을 맡아 섬세한 연기를 예고했다.\n\n"
        "2. 1회 마지막 10분 놓치지 마세요\n\n"
        "제작진은 1회 마지막 10분을 놓치지 말라고 당부했다. "
        "두 사람의 첫 만남이 그려진다.\n"
    )
    assert titles_of(text) == ["구둣방 골목"]


def test_a_video_pages_skip_navigation_line_is_not_its_headline() -> None:
    text = (
        "Saltar navegación\nMX\nBuscar\n\n"
        "RESEÑA SIN SPOILERS | «Las hermanas del faro de Sokcho» (Disney+) ¿Vale la pena?\n\n"
        "Nayeli Ortega\n96,4 k suscriptores\n\n"
        "Hoy les traigo la reseña de «Las hermanas del faro de Sokcho», la serie coreana de Disney+.\n"
    )
    assert titles_of(text) == ["Las hermanas del faro de Sokcho"]


def test_a_ratings_ranking_of_rank_cells_beside_title_cells() -> None:
    def item(rank: int, title: str, channel: str) -> str:
        return (
            f"▶ {rank}위 | {title} ({channel} 토일드라마)\n"
            "시청률 9.4% (8회·전국 유료가구) | 전주 대비 ▼0.3%P\n\n"
            f"지난달 14일 첫 방송한 '{title}'은 12부작 로맨틱 코미디로 꾸준한 시청률을 유지하고 있다.\n\n"
        )

    text = (
        "주간 드라마 시청률 순위\n\n입력 2026.03.09\n\n"
        + item(3, "고백 대행소", "tvN")
        + item(4, "별빛 우물", "KBS2")
    )
    assert titles_of(text) == ["고백 대행소", "별빛 우물"]


def test_cards_whose_rank_badge_is_a_line_of_its_own() -> None:
    def card(rank: int, title: str, year: int) -> str:
        return (
            f"{rank}\n{title}\nChina · {year} · 24 episodes\nRomance · Food\nOur score: 8/10\n"
            "A warm drama about a family restaurant that is worth every one of its episodes.\n\n"
        )

    text = (
        "The Best Chinese Dramas on Netflix\n\nBy Ann Lee\n\n"
        + card(1, "Lacquer Nights", 2025)
        + card(2, "Hotpot Hearts", 2024)
    )
    assert titles_of(text) == ["Lacquer Nights", "Hotpot Hearts"]


def test_a_table_of_works_whose_episodes_column_gives_counts() -> None:
    page = (
        "<html><head><title>5월 OTT 신작</title></head><body><h1>5월 OTT 신작 공개 일정</h1><table>"
        "<thead><tr><th>공개일</th><th>플랫폼</th><th>작품명</th><th>회차</th></tr></thead><tbody>"
        "<tr><td>5월 1일</td><td>넷플릭스</td><td>물안개 버스</td><td>8부작</td></tr>"
        "<tr><td>5월 6일</td><td>디즈니+</td><td>양복점 살인사건</td><td>12부작</td></tr>"
        "<tr><td>5월 15일</td><td>넷플릭스</td><td>마지막 택배 (영화)</td><td>112분</td></tr>"
        "</tbody></table></body></html>"
    )
    works = reviewparse.parse(page, format="html").works
    assert [(w.title, w.episodes) for w in works] == [
        ("물안개 버스", 8),
        ("양복점 살인사건", 12),
        ("마지막 택배", None),
    ]


def test_chart_headings_ranked_no_n_with_quoted_titles() -> None:
    page = (
        "<html><head><title>Top 10</title></head><body>"
        "<h1>Netflix Top 10: 'Queen of the Night Bus' holds No. 1</h1>"
        "<h2>No. 1: 'Queen of the Night Bus' (week 2)</h2><p>The tvN drama logged 6.1 million views in its "
        "second week on the chart, and its 12 episodes are all out now.</p>"
        "<h2>No. 3: 'Winter Plums' (week 2)</h2><p>The JTBC family drama climbed two places with 3.2 million "
        "views as its eight-episode run neared its end.</p>"
        "</body></html>"
    )
    assert titles_of(page, "html") == ["Queen of the Night Bus", "Winter Plums"]


def test_a_lineups_title_lines_over_a_directors_line_then_text() -> None:
    def entry(title: str, country: str, director: str) -> str:
        return (
            f"{title} ({country}, 2026, 104 min)\nDir. {director}\n"
            "This quiet drama follows the night manager of a building of single rooms rented by the week.\n"
        )

    text = (
        "Pacific Lantern Film Festival unveils its 2026 lineup\n\nBy Ana Roy | October 1, 2026\n\n"
        + entry("A Map of Quiet Rooms", "South Korea", "Seo Ha-yoon")
        + entry("The Tatami Mender", "Japan", "Hanazono Riku")
    )
    works = reviewparse.parse(text, format="text").works
    assert [(w.title, w.directors) for w in works] == [
        ("A Map of Quiet Rooms", ["Seo Ha-yoon"]),
        ("The Tatami Mender", ["Hanazono Riku"]),
    ]


def test_a_korean_headline_quoting_speech_then_a_title() -> None:
    text = (
        "[종합] \"섬마다 편지 한 통\"…진하나·표다온 '바다 건너 집배원', 주말 힐링 예고\n\n"
        "입력 2026.05.12\n\n"
        "JTBC 새 토일드라마 '바다 건너 집배원'이 오는 16일 첫 방송된다. 섬마을 집배원의 이야기다.\n"
    )
    assert titles_of(text) == ["바다 건너 집배원"]


def test_a_site_name_and_a_name_dash_site_line_are_not_headlines() -> None:
    text = (
        "SerambiKabar.com\nHiburan Tanpa Jeda\nHome | Seleb | Drakor | Film\n\n"
        "Tamat dengan Rating Tertinggi, Moonlight over Andong Village Tembus 14,6 Persen\n\n"
        "Nadia Lubis - SerambiKabar.com\nSenin, 18 Mei 2026 | 09:45 WIB\n\n"
        "Drama tvN Moonlight over Andong Village tamat dengan rating 14,6 persen. "
        "Moonlight over Andong Village tayang sejak April.\n\n© 2026 SerambiKabar.com\n\nSerambiKabar.com\n"
    )
    assert titles_of(text) == ["Moonlight over Andong Village"]


def test_a_headline_naming_no_title_over_a_standfirst_that_defines_one() -> None:
    page = (
        "<html><head><title>x</title></head><body>"
        "<h1>I Binged 32 Episodes of Puppets and Pining in Two Weeks. Here’s My Verdict.</h1>"
        "<h2>The Lantern Carver of Quanzhou is the C-drama that finally got me to stop skipping scenes.</h2>"
        "<p>Thirty-two episodes is a commitment. The episodes are long. The episodes are worth it, though, "
        "because The Lantern Carver of Quanzhou knows exactly what it is.</p></body></html>"
    )
    assert titles_of(page, "html") == ["The Lantern Carver of Quanzhou"]


def test_news_on_a_remake_the_paragraphs_after_the_lede_are_about_the_work_it_names_first() -> None:
    page = (
        "<html><head><title>x</title></head><body>"
        "<h1>ViX adapta el K-drama «La escuela del señor Park»: así será «Autoescuela Don Pancho»</h1>"
        "<p>Ciudad de México. ViX confirmó este miércoles que ya graba «Autoescuela Don Pancho», la "
        "adaptación mexicana del K-drama «La escuela del señor Park», y presentó a su elenco.</p>"
        "<p>La producción mexicana, original de ViX, tendrá 18 episodios de 50 minutos y llegará a la "
        "plataforma en octubre, según la productora.</p>"
        "<p>La dirección es de Rodrigo Anzures y el guion corre a cargo de un equipo de tres autoras "
        "jaliscienses que ya trabajaron juntas.</p>"
        "<p>«La escuela del señor Park» es una comedia surcoreana que se emitió por tvN en 2023, con "
        "16 episodios y una audiencia fiel.</p>"
        "<p>En Corea, la serie original fue un éxito inesperado de audiencia y de crítica, y hoy se puede "
        "ver completa en Netflix.</p>"
        "</body></html>"
    )
    works = reviewparse.parse(page, format="html").works
    assert [(w.title, w.episodes, w.networks) for w in works] == [
        ("La escuela del señor Park", 16, ["tvN"]),
        ("Autoescuela Don Pancho", 18, []),
    ]


def test_a_korean_year_end_ceremony_story_with_its_winners_list() -> None:
    text = (
        "배우 맹순희가 지난달 31일 열린 '2025 KBS 연기대상'에서 KBS2 주말드라마 '국밥집 셋째 며느리'로 "
        "대상을 받았다. 데뷔 48년 만의 첫 대상이다.\n\n"
        "'국밥집 셋째 며느리'는 국밥집을 운영하는 시댁에 들어간 며느리의 이야기를 그린 가족극으로 "
        "50부작으로 방송됐다.\n\n"
        "미니시리즈 부문 최우수상은 KBS2 수목드라마 '세무서 앞 꽃집'의 서다희에게 돌아갔다. "
        "'세무서 앞 꽃집'은 12부작 로맨틱 코미디다.\n\n"
        "다음은 '2025 KBS 연기대상' 주요 수상자(작)\n\n"
        "△대상 = 맹순희('국밥집 셋째 며느리')\n"
        "△미니시리즈 부문 최우수상 = 서다희('세무서 앞 꽃집')\n"
        "△작가상 = 피연희('국밥집 셋째 며느리')\n"
        "△공로상 = 석춘식\n"
    )
    works = reviewparse.parse(text, format="text").works
    prizes = {w.title: [(a.ceremony, a.year, a.category, a.recipient) for a in w.awards] for w in works}
    assert prizes == {
        "국밥집 셋째 며느리": [
            ("KBS 연기대상", 2025, "대상", "맹순희"),
            ("KBS 연기대상", 2025, "작가상", "피연희"),
        ],
        "세무서 앞 꽃집": [("KBS 연기대상", 2025, "미니시리즈 부문 최우수상", "서다희")],
    }


def test_a_calendars_title_headings_over_facts_lines() -> None:
    def entry(title: str, network: str) -> str:
        return (
            f"<h3>{title}</h3><p>Network: {network}</p><p>Episodes: 16</p>"
            "<p>Three sisters who have not spoken in a decade must run their late mother's orchard for "
            "one harvest or lose it to a cousin.</p>"
        )

    page = (
        "<html><head><title>x</title></head><body>"
        "<h1>K-Drama Calendar: Every New Korean Drama Premiering in April 2026</h1>"
        "<h2>April 1</h2>"
        + entry("The Quince Orchard Accord", "KBS2")
        + "<h2>April 4</h2>"
        + entry("Night Shift at Bupyeong", "SBS")
        + "</body></html>"
    )
    works = reviewparse.parse(page, format="html").works
    assert [(w.title, w.networks) for w in works] == [
        ("The Quince Orchard Accord", ["KBS2"]),
        ("Night Shift at Bupyeong", ["SBS"]),
    ]


def test_services_denied_in_capitals_curly_apostrophes_spanish_futures_and_rumours() -> None:
    assert work_of("It streams on Viki. It is NOT on GagaOOLala or Netflix.").platforms == ["Viki"]
    assert work_of("Watch it on WeTV. It isn’t on Netflix, and it isn’t on Viki either.").platforms == [
        "WeTV"
    ]
    assert work_of("Se estrena en Disney+. No llegará a Netflix ni a Viki.").platforms == ["Disney+"]
    assert work_of("Tayang di Viu. Drama ini TIDAK tayang di Netflix Indonesia.").platforms == ["Viu"]
    korean = work_of("티빙에서 공개된다. 넷플릭스 동시 공개설에 대해 방송사 측은 사실이 아니라고 밝혔다.")
    assert korean.platforms == ["TVING"]


def test_korean_quoted_roles_played_taken_and_named_before_their_actors() -> None:
    def pairs(text: str) -> list[tuple[str, str | None]]:
        return [(c.actor, c.character) for c in work_of(text).cast]

    assert pairs("곽도윤이 변호사 '우진하'를, 채하린이 검사 '서민아'를 연기한다.") == [
        ("곽도윤", "우진하"),
        ("채하린", "서민아"),
    ]
    assert pairs("과외 선생님 '연두비'는 길라희가 연기하고, 학생 역에는 신예가 캐스팅됐다.") == [
        ("길라희", "연두비")
    ]
    assert pairs("'모순희' 역을 남궁솔아 배우가 맡았는데 정말 좋았다.") == [("남궁솔아", "모순희")]
    assert pairs("아빠 '기봉수' 역 하정민 배우가 너무 웃기다.") == [("하정민", "기봉수")]
    assert pairs("배우 진우람이 '장해석' 역을 맡아 묵직한 연기를 선보였다.") == [("진우람", "장해석")]


def test_healing_is_a_genre() -> None:
    assert work_of("장르: 힐링, 로맨스").genres == ["healing", "romance"]
    assert work_of("It is a healing drama about a bakery.").genres == ["healing"]
    assert work_of("Healing isn't a straight line, she says.").genres == []


def test_a_films_drama_that_follows_or_is_disguised_as_something_else() -> None:
    def genres(sentence: str) -> list[str]:
        text = f"Rooms of Light (2026) film review\n\nThe film runs 104 minutes. {sentence}\n"
        return reviewparse.parse(text, format="text").works[0].genres

    assert "drama" in genres("This quiet drama follows the night manager of a building.")
    assert "drama" in genres("It is a Japanese family drama disguised as a railway procedural.")


def test_received_nominations_including_several_categories() -> None:
    text = (
        "'Operation Green Chili' earns five Blue Dragon nominations\n\n"
        "Directed by Yeom Ji-hun and starring Oh Dal-su, the heist comedy has sold 3 million tickets.\n\n"
        "The organizers of the 46th Blue Dragon Film Awards announced this year's nominees, and \"Operation "
        'Green Chili" received five nominations, including Best Film, Best Director for Yeom and Best '
        "Actor for Oh.\n"
    )
    work = reviewparse.parse(text, format="text").works[0]
    assert [(a.edition, a.category, a.outcome) for a in work.awards] == [
        (46, "Best Film", "nominated"),
        (46, "Best Director", "nominated"),
        (46, "Best Actor", "nominated"),
    ]
