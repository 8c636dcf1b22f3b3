/**
 * A chart as a PNG for slides and reports: the recharts SVG serialised, drawn at twice its
 * size on a white canvas under its title, and saved like every other file of the app.
 */
import { saveBytes } from '../../lib/download'

const SCALE = 2
const TITLE_HEIGHT = 36

export async function chartToPng(container: HTMLElement, title: string): Promise<Blob> {
  const svg = container.querySelector('svg.recharts-surface')
  if (!svg) throw new Error('图表尚未绘制')
  const { width, height } = svg.getBoundingClientRect()
  const copy = svg.cloneNode(true) as SVGSVGElement
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  copy.setAttribute('width', String(width))
  copy.setAttribute('height', String(height))
  // The page's font, so that Chinese labels keep their shapes and widths in the image.
  copy.setAttribute('style', `font-family: ${getComputedStyle(container).fontFamily}`)
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(copy))}`
  const image = new Image()
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve()
    image.onerror = () => reject(new Error('图表转换为图片失败'))
    image.src = url
  })
  const canvas = document.createElement('canvas')
  canvas.width = Math.ceil(width * SCALE)
  canvas.height = Math.ceil((height + TITLE_HEIGHT) * SCALE)
  const ctx = canvas.getContext('2d')!
  ctx.scale(SCALE, SCALE)
  ctx.fillStyle = '#fff'
  ctx.fillRect(0, 0, width, height + TITLE_HEIGHT)
  ctx.fillStyle = 'rgba(0,0,0,0.88)'
  ctx.font = `600 16px ${getComputedStyle(container).fontFamily}`
  ctx.fillText(title, 12, 24)
  ctx.drawImage(image, 0, TITLE_HEIGHT, width, height)
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('图表转换为图片失败'))), 'image/png'),
  )
}

export async function saveChartPng(container: HTMLElement, title: string): Promise<void> {
  saveBytes(`${title}.png`, await chartToPng(container, title), 'image/png')
}
