"""Chinese names written family name first ("Tian Yuandong") reported given name first
("Yuandong Tian"), as the people themselves write them in papers and as most outlets do.

A two-word name is turned round only when its first word is a common Chinese family name and
its second word is a given name in pinyin that is no common family name: "Tian Yuandong" →
"Yuandong Tian", "Zhao Shengjia" → "Shengjia Zhao", "Li Fei-Fei" → "Fei-Fei Li". A name whose
two words are both family names ("Yang Song", "Song Yang") is left as written: either order is
possible, and stories fold the two orders of one name together (jobs/stories/scoring.py,
same_person). Names that are not pinyin ("Yi Tay", "Yann LeCun") are left alone, and so is a
name ending in the reading of a rarer family name (OTHER_FAMILY_NAMES: "Tianyu Pang", as
jobs/language/han_names.py writes 庞天宇).
"""

from __future__ import annotations

import re
from functools import lru_cache

from jobs.language.lexicon import word_set

# The commonest family names, in pinyin (about nine Chinese in ten bear one of them).
FAMILY_NAMES = word_set(
    """wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng
    liang xie song tang han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai jia
    ding wei xue ye yan lu du dai xia zhong fu qian shen ren yao tan liao zou xiong jin hao
    kong bai cui kang mao qiu qin shi gu hou shao meng long wan duan lei yin yi chang qiao lai
    gong wen fan fang niu fei xiang su mo ge hong xing bao geng mu tao che yue ning rao cheng
    ouyang situ zhuge shangguan sima murong zhuo zhan ji lou"""
)
# The readings of the other family names jobs/language/han_names.py writes in pinyin: a name
# ending in one ('Fei Pang', given name first already) is not turned round. They do not make a
# first word a family name: 'Mei Tanaka' is no Chinese name written family name first.
OTHER_FAMILY_NAMES = word_set(
    """ao bi bian chai chu dou duanmu gan gui huangfu huo jiao jing ju ke kuang lan lang leng lian
    ling linghu lyu mai mei miao mou ni nie ou pang pei piao pu qi qu rong ru ruan sang shan
    shang shu sui teng tu xi xiahou xin you yuchi zang zha zhai zhuang zong weng luan ran cen
    zhen bo min"""
)
LAST_FAMILY_NAMES = FAMILY_NAMES | OTHER_FAMILY_NAMES
# Pinyin syllables (without tones): a given name is one to three of them.
SYLLABLES = word_set(
    """a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can
    cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chuai chuan
    chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di
    dian diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng
    fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha
    hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian
    jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke ken keng kong kou
    ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao
    lie lin ling liu long lou lu luan lun luo lv lve ma mai man mang mao me mei men meng mi mian
    miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie
    nin ning niu nong nou nu nuan nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao
    pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran
    rang rao re ren reng ri rong rou ru ruan rui run ruo sa sai san sang sao se sen seng sha
    shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo
    si song sou su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong tou
    tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing
    xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai
    zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu
    zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo"""
)
# One to three syllables, longest first at each step (the regular expression backtracks to
# find a split when one exists: "yuandong" = yuan + dong, "xinyu" = xin + yu).
SYLLABLE_ALTERNATIVES = "(?:" + "|".join(sorted(SYLLABLES, key=len, reverse=True)) + ")"
GIVEN_NAME_RE = re.compile(SYLLABLE_ALTERNATIVES + "{1,3}")
LONG_GIVEN_NAME_RE = re.compile(SYLLABLE_ALTERNATIVES + "{2,3}")  # no English word of one syllable


@lru_cache(maxsize=4096)
def given_name_first(name: str) -> str:
    """'Tian Yuandong' → 'Yuandong Tian'; every other name as it is."""
    words = name.split(" ")
    if len(words) != 2 or words[0].lower() not in FAMILY_NAMES:
        return name
    given = words[1]
    if given.lower() in LAST_FAMILY_NAMES or not pinyin_given_name(given):
        return name
    return f"{given} {words[0]}"


def pinyin_given_name(word: str, least: int = 1) -> bool:
    """A capitalised pinyin word of one to three syllables ('Yuandong', 'Fei-Fei'), of two at
    least with `least` 2 ('Kaiming' but not 'Can'); not a word with capitals inside ('LeCun')."""
    syllables = LONG_GIVEN_NAME_RE if least > 1 else GIVEN_NAME_RE
    parts = word.split("-")
    return all(
        p[:1].isupper() and p[1:].islower() and syllables.fullmatch(p.lower()) is not None
        for p in parts
    )
