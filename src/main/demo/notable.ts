/**
 * The firms the article names. They are written out by hand so that the names a user reads in
 * the report are in the ledger: 联创集团、市政设计总院、济丽集团 spoke at the February 2023
 * exchange meeting, 邮电设计院 is on 国康路, 同建强华 and 同大建筑 had months of rent waived
 * at 中天大厦 and 渔技所, and a 上海电信 subsidiary settled in the subdistrict.
 * Dates, capitals and rooms are illustrative, not taken from any register.
 */
import type { Industry } from './dictionaries'

export type NotableKey = 'lianchuang' | 'shizheng' | 'jili' | 'youdian' | 'tongjian' | 'tongda' | 'dianxin'

export interface NotableSpec {
  key: NotableKey
  name: string
  shortName: string
  industry: Industry
  /** A building of BUILDINGS, or null with a street address. */
  building: string | null
  address?: string
  registeredCapital: number
  establishedOn: string
  settledOn: string
  isKey: boolean
  isAboveScale: boolean
  isHighTech: boolean
  notes?: string
}

export const NOTABLE: readonly NotableSpec[] = [
  {
    key: 'lianchuang',
    name: '上海联创设计集团股份有限公司',
    shortName: '联创集团',
    industry: '建筑设计',
    building: '同济联合广场',
    registeredCapital: 5000,
    establishedOn: '2004-03-12',
    settledOn: '2010-06-01',
    isKey: true,
    isAboveScale: true,
    isHighTech: true,
    notes: '2023年2月环同济企业发展交流会企业代表',
  },
  {
    key: 'shizheng',
    name: '上海市政工程设计研究总院(集团)有限公司',
    shortName: '市政设计总院',
    industry: '建筑设计',
    building: null,
    address: '上海市杨浦区中山北二路901号',
    registeredCapital: 50000,
    establishedOn: '1996-05-20',
    settledOn: '1996-05-20',
    isKey: true,
    isAboveScale: true,
    isHighTech: true,
    notes: '2023年2月环同济企业发展交流会企业代表',
  },
  {
    key: 'jili',
    name: '上海济丽建设(集团)有限公司',
    shortName: '济丽集团',
    industry: '建筑设计',
    building: '紫荆广场',
    registeredCapital: 10000,
    establishedOn: '2008-09-18',
    settledOn: '2012-04-10',
    isKey: true,
    isAboveScale: true,
    isHighTech: false,
    notes: '2023年2月环同济企业发展交流会企业代表',
  },
  {
    key: 'youdian',
    name: '上海邮电设计咨询研究院有限公司',
    shortName: '邮电设计院',
    industry: '工程咨询',
    building: null,
    address: '上海市杨浦区国康路38号',
    registeredCapital: 20000,
    establishedOn: '2001-07-26',
    settledOn: '2001-07-26',
    isKey: true,
    isAboveScale: true,
    isHighTech: true,
    notes: '国康路上的通信设计院,新基建项目组团合作',
  },
  {
    key: 'tongjian',
    name: '上海同建强华建筑设计有限公司',
    shortName: '同建强华',
    industry: '建筑设计',
    building: '中天大厦',
    registeredCapital: 500,
    establishedOn: '2011-11-08',
    settledOn: '2015-03-02',
    isKey: false,
    isAboveScale: false,
    isHighTech: false,
    notes: '2022年疫情期间获中天大厦减免租金',
  },
  {
    key: 'tongda',
    name: '上海同大建筑设计有限公司',
    shortName: '同大建筑',
    industry: '建筑设计',
    building: '渔技所',
    registeredCapital: 300,
    establishedOn: '2013-05-15',
    settledOn: '2016-08-22',
    isKey: false,
    isAboveScale: false,
    isHighTech: false,
    notes: '2022年疫情期间获渔技所减免租金',
  },
  {
    key: 'dianxin',
    name: '上海电信科技发展有限公司',
    shortName: '电信科技',
    industry: '软件和信息服务',
    building: '旭辉广场',
    registeredCapital: 15000,
    establishedOn: '2019-12-16',
    settledOn: '2021-03-15',
    isKey: true,
    isAboveScale: true,
    isHighTech: true,
    notes: '上海电信子公司,东区电信局对接;"上下楼就是上下游"',
  },
]
